# source: https://github.com/keras-team/keras/issues/12503
# family: none
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: class_w
# expect: nothing is wrong: the tf.Variable class_w is created once, outside the loss function, and only read inside it (it is meant to stay fixed, trainable=False), so the traced train step creates no variables and fit runs; no diagnosis should be raised
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(42)
x = rng.normal(size=(96, 8)).astype("float32")
y = rng.integers(0, 3, size=(96,))
# %%
class_w = tf.Variable([1.0, 2.0, 0.5], trainable=False, name="class_w")


def weighted_ce(y_true, y_pred):
    y_true = tf.cast(tf.reshape(y_true, [-1]), tf.int32)
    ce = keras.losses.sparse_categorical_crossentropy(y_true, y_pred)
    return tf.reduce_mean(ce * tf.gather(class_w, y_true))
# %%
model = keras.Sequential([
    keras.Input((8,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss=weighted_ce)
history = model.fit(x, y, epochs=2, batch_size=32, verbose=0)
print(history.history["loss"])
