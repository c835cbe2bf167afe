# source: https://github.com/keras-team/keras/issues/13249
# family: other
# raises: TypeError
# cause: 2:12, 2:13
# raise: 3:3
# culprit: tf.image.resize | image_pool | ConcatV2
# expect: Under the mixed_float16 policy the branches compute in float16, but tf.image.resize (bilinear) always returns float32, so the image-pooling branch comes back as float32 and tf.concat fails ("Tensors in list passed to 'values' of 'ConcatV2' Op have types [float32, float16, float16]"). Cast the resized tensor back to the compute dtype (tf.cast(..., x.dtype)) or use nearest-neighbour resizing.
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(36)
aerial = rng.random((4, 16, 16, 3)).astype("float32")
landcover = rng.integers(0, 3, size=(4, 16, 16)).astype("int32")
# %%
class PyramidPooling(keras.layers.Layer):
    def __init__(self, filters, **kwargs):
        super().__init__(**kwargs)
        self.local = keras.layers.Conv2D(filters, 1, activation="relu")
        self.dilated = keras.layers.Conv2D(filters, 3, padding="same", dilation_rate=2, activation="relu")
        self.pool_proj = keras.layers.Conv2D(filters, 1, activation="relu")

    def call(self, x):
        size = tf.shape(x)[1:3]
        image_pool = tf.reduce_mean(x, axis=[1, 2], keepdims=True)
        image_pool = self.pool_proj(image_pool)
        image_pool = tf.image.resize(image_pool, size, method="bilinear")
        return tf.concat([image_pool, self.local(x), self.dilated(x)], axis=-1)
# %%
tile_in = keras.Input((16, 16, 3))
feats = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(tile_in)
fused = PyramidPooling(8)(feats)
class_probs = keras.layers.Conv2D(3, 1, activation="softmax", dtype="float32")(fused)
