# source: https://github.com/tensorflow/tensorflow/issues/59726
# family: none
# raises: NONE
# cause: 2:7
# raise: NONE
# culprit: set_shape
# expect: Correct code: the CSV rows are parsed with tf.py_function, whose outputs have unknown shape, but parse_example restores the static shapes with set_shape right after the call, so the model without an explicit Input can build its first Dense layer from the dataset and fit runs. No error or warning.
# %%
import numpy as np
import tensorflow as tf
import keras

N_FEATURES = 6
rng = np.random.default_rng(53)
lines = [",".join(f"{v:.4f}" for v in rng.normal(size=N_FEATURES + 1)) for _ in range(48)]
# %%
def parse_line(line):
    values = np.array(line.numpy().decode().split(","), dtype=np.float32)
    return values[:-1], values[-1]

def parse_example(line):
    features, target = tf.py_function(parse_line, [line], [tf.float32, tf.float32])
    features.set_shape([N_FEATURES])
    target.set_shape([])
    return features, target

train_ds = tf.data.Dataset.from_tensor_slices(lines).map(parse_example).batch(12)
print(train_ds.element_spec)
# %%
regressor = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
regressor.compile(optimizer="adam", loss="mse")
history = regressor.fit(train_ds, epochs=2, verbose=0)
print(history.history["loss"])
