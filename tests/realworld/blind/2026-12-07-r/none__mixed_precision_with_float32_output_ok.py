# source: https://github.com/qubvel/segmentation_models/pull/536
# family: none
# raises: NONE
# cause: 3:5
# raise: NONE
# culprit: mask_probs
# expect: Correct: under the global mixed_float16 policy the convolution layers compute in float16, and the final sigmoid Activation is deliberately given dtype="float32", so the model's output and the loss are float32 and training is numerically safe. No error or warning should be reported.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
rng = np.random.default_rng(28)
tiles = rng.random((16, 32, 32, 3)).astype("float32")
masks = (rng.random((16, 32, 32, 1)) > 0.5).astype("float32")
# %%
img_in = keras.Input(shape=(32, 32, 3))
x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(img_in)
x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(x)
logits = keras.layers.Conv2D(1, 1)(x)
mask_probs = keras.layers.Activation("sigmoid", dtype="float32")(logits)
unet_lite = keras.Model(img_in, mask_probs)
unet_lite.compile(optimizer="adam", loss="binary_crossentropy")
# %%
unet_lite.fit(tiles, masks, epochs=1, batch_size=8, verbose=0)
print(unet_lite.output.dtype, unet_lite.layers[1].compute_dtype)
