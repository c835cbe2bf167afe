# source: https://github.com/tensorflow/tensorflow/issues/18079
# family: other
# raises: ValueError
# cause: 2:5
# raise: 3:3
# culprit: train_ds | output_shapes | output_signature
# expect: from_generator was given only output_types, so the dataset's element shapes are completely unknown and the Dense layers cannot be built from it. Declare the shapes, e.g. output_signature=(tf.TensorSpec((5,), tf.float32), tf.TensorSpec((), tf.float32)).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(19)
rows = rng.normal(size=(40, 5)).astype("float32")
flags = (rows[:, 0] > 0).astype("float32")
# %%
def csv_rows():
    for feat, lab in zip(rows, flags):
        yield feat, lab

train_ds = tf.data.Dataset.from_generator(csv_rows, output_types=(tf.float32, tf.float32)).batch(8)
# %%
clf = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
clf.compile("adam", "binary_crossentropy")
clf.fit(train_ds, epochs=1, verbose=0)
