# source: https://github.com/tensorflow/tensorflow/issues/53406
# family: other
# raises: TypeError
# cause: 1:4, 2:1
# raise: 3:3
# culprit: set_floatx | float64 | CLASS_W
# expect: keras.config.set_floatx("float64") makes the model compute in float64, but the custom loss multiplies by CLASS_W, a float32 constant, so the Mul op gets float64 and float32 inputs. Build CLASS_W with keras.config.floatx() (or cast it to y_pred.dtype) inside the loss.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.config.set_floatx("float64")

rng = np.random.default_rng(29)
feats = rng.normal(size=(64, 5))
targets = rng.random(size=(64, 3))
# %%
CLASS_W = tf.constant([1.0, 2.0, 0.5])

def weighted_mse(y_true, y_pred):
    return tf.reduce_mean(CLASS_W * tf.square(y_true - y_pred), axis=-1)
# %%
reg = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)])
reg.compile(optimizer="adam", loss=weighted_mse)
reg.fit(feats, targets, epochs=1, batch_size=16, verbose=0)
