# source: https://github.com/tensorflow/tensorflow/issues/28257
# family: other
# raises: ValueError
# cause: 2:7, 2:8
# raise: 3:7
# culprit: tf.py_function | decode_record
# expect: The records are decoded with tf.py_function, whose outputs have unknown shape (not even a known rank), and nothing sets it back; the model has no Input layer, so Keras builds its first Dense layer from the dataset's element spec and cannot read the unknown shape. Call features.set_shape([N_FEATURES]) (and label.set_shape([])) after the py_function, or give the model a keras.Input.
# %%
import numpy as np
import tensorflow as tf
import keras

N_FEATURES = 10
rng = np.random.default_rng(16)
raw_rows = [",".join(f"{v:.3f}" for v in rng.normal(size=N_FEATURES)) + f";{int(rng.integers(0, 2))}" for _ in range(40)]
# %%
def parse_row(row):
    text = row.numpy().decode()
    values, label = text.split(";")
    return np.array(values.split(","), dtype=np.float32), np.float32(label)

def decode_record(row):
    features, label = tf.py_function(parse_row, [row], [tf.float32, tf.float32])
    return features, label

rows_ds = tf.data.Dataset.from_tensor_slices(raw_rows).map(decode_record).batch(8)
# %%
classifier = keras.Sequential([
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
classifier.compile(optimizer="adam", loss="binary_crossentropy")
print(rows_ds.element_spec)
classifier.fit(rows_ds, epochs=1, verbose=0)
