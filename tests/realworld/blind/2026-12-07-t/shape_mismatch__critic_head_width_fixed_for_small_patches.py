# source: https://github.com/tensorlayer/SRGAN/issues/150
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:7
# raise: 4:2
# culprit: head | LogitHead
# expect: LogitHead was built with in_channels=512 (the flattened size for 32x32 patches) but with PATCH = 64 the flattened trunk output is 2048 wide, so the matmul in call sees (4, 2048) x (512, 1); create the head from the real feature width (features.shape[-1])
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class LogitHead(keras.layers.Layer):
    def __init__(self, in_channels, **kwargs):
        super().__init__(**kwargs)
        self.w = self.add_weight(shape=(in_channels, 1), initializer="glorot_uniform", name="w")

    def call(self, x):
        return tf.matmul(x, self.w)
# %%
PATCH = 64
trunk = keras.Sequential([
    keras.Input((PATCH, PATCH, 3)),
    keras.layers.Conv2D(8, 3, strides=4, padding="same"),
    keras.layers.Flatten(),
])
head = LogitHead(512)
# %%
features = trunk(np.random.rand(4, PATCH, PATCH, 3).astype("float32"))
logits = head(features)
