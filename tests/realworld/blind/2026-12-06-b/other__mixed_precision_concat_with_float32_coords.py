# source: https://github.com/JanMarcelKezmann/TensorFlow-Advanced-Segmentation-Models/issues/29
# family: other
# raises: TypeError
# cause: 2:8
# raise: 3:2
# culprit: CoordConcat | coords
# expect: With the mixed_float16 policy the conv features are float16, but CoordConcat builds its coordinate channels with tf.linspace in float32 and tf.concat refuses to mix half and float tensors. Create the coordinates in the layer's compute dtype (tf.cast(coords, x.dtype) or self.compute_dtype).
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
class CoordConcat(keras.layers.Layer):
    def call(self, x):
        b = tf.shape(x)[0]
        h, w = x.shape[1], x.shape[2]
        ys = tf.linspace(-1.0, 1.0, h)
        xs = tf.linspace(-1.0, 1.0, w)
        yy, xx = tf.meshgrid(ys, xs, indexing="ij")
        coords = tf.tile(tf.stack([yy, xx], axis=-1)[None], [b, 1, 1, 1])
        return tf.concat([x, coords], axis=-1)

inp = keras.Input((16, 16, 3))
feat = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inp)
# %%
aspp_in = keras.layers.Conv2D(8, 1)(feat)
fused = CoordConcat()(aspp_in)
