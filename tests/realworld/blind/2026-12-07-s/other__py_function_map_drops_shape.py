# source: https://github.com/tensorflow/tensorflow/issues/82637
# family: other
# raises: ValueError
# cause: 2:6
# raise: 4:1
# culprit: py_function | valid_ds
# expect: tf.py_function returns tensors of unknown shape, so valid_ds yields elements of unknown rank and the Sequential model cannot take their length; set the static shape inside the map function (x.set_shape([8]), y.set_shape([1])) or do the jitter with TensorFlow ops
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(11)
feats = rng.normal(size=(96, 8)).astype("float32")
flags = (feats.sum(axis=1, keepdims=True) > 0).astype("float32")
# %%
def np_jitter(x, y):
    return x + np.float32(0.01) * np.sign(x), y


def load_pair(x, y):
    return tf.py_function(np_jitter, [x, y], [tf.float32, tf.float32])


valid_ds = tf.data.Dataset.from_tensor_slices((feats, flags)).map(load_pair).batch(16).prefetch(2)
# %%
model = keras.Sequential([
    keras.Input((8,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
# %%
model.evaluate(valid_ds, verbose=1)
