# source: https://github.com/tensorlayer/SRGAN/issues/155
# family: shape_mismatch
# raises: ValueError
# cause: 3:2
# raise: 4:1
# culprit: critic | eval_crops
# expect: The subclassed discriminator was built on 96x96 patches, so its Flatten->Dense head expects 6*6*128 = 4608 features; the evaluation crops are 128x128, which flatten to 8192 features and the Dense kernel cannot take them. Crop the evaluation images to the 96x96 training patch size (or make the head size-independent with global pooling).
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
# %%
PATCH = 96

class PatchCritic(keras.Model):
    def __init__(self):
        super().__init__()
        self.blocks = [layers.Conv2D(f, 3, strides=2, padding="same", activation="relu")
                       for f in (32, 64, 64, 128)]
        self.flat = layers.Flatten()
        self.score = layers.Dense(1)

    def call(self, x):
        for block in self.blocks:
            x = block(x)
        return self.score(self.flat(x))

critic = PatchCritic()
warmup = critic(np.zeros((1, PATCH, PATCH, 3), np.float32))
print(warmup.shape, len(critic.trainable_weights))
# %%
rng = np.random.default_rng(3)
eval_crops = rng.random((4, 128, 128, 3)).astype("float32")
print(eval_crops.shape)
# %%
realness = critic(eval_crops)
print(realness.numpy().ravel())
