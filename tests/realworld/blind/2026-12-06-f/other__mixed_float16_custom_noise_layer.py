# source: https://github.com/tensorflow/tensorflow/issues/35883
# family: other
# raises: TypeError
# cause: 2:3
# raise: 3:1
# culprit: tf.random.normal | mixed_float16 | JitterNoise
# expect: under the mixed_float16 policy the layer input is float16, but tf.random.normal produces float32 noise, so the add fails; create the noise with dtype=x.dtype (or cast it).
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
x_np = np.random.default_rng(3).random((32, 10)).astype("float32")
y_np = np.random.default_rng(4).random((32, 1)).astype("float32")
# %%
class JitterNoise(keras.layers.Layer):
    def call(self, x, training=None):
        noise = tf.random.normal(tf.shape(x), stddev=0.05)
        return x + noise if training else x + 0.0 * noise
# %%
reg = keras.Sequential([keras.Input(shape=(10,)),
                        keras.layers.Dense(16, activation="relu"),
                        JitterNoise(),
                        keras.layers.Dense(1, dtype="float32")])
