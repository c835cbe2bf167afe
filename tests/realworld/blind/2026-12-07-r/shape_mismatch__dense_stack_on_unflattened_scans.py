# source: https://github.com/keras-team/keras/issues/14334
# family: shape_mismatch
# raises: ValueError
# cause: 3:2
# raise: 4:1
# culprit: Flatten | digit_net
# expect: The Dense layers were applied straight to the (28, 28) image input, so Dense works on the last axis only and the model outputs (batch, 28, 10) instead of (batch, 10); the sparse categorical loss then rejects the rank. Insert layers.Flatten() between the Input and the first Dense layer.
# %%
import numpy as np
import keras
from keras import layers
# %%
rng = np.random.default_rng(7)
scan_images = rng.random((64, 28, 28), dtype=np.float32)
scan_digits = rng.integers(0, 10, size=64)
print(scan_images.shape, scan_digits[:8])
# %%
pixels_in = keras.Input(shape=(28, 28))
hidden = layers.Dense(64, activation="relu")(pixels_in)
hidden = layers.Dense(64, activation="relu")(hidden)
digit_logits = layers.Dense(10)(hidden)
digit_net = keras.Model(pixels_in, digit_logits)
digit_net.compile(optimizer="sgd",
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
# %%
history = digit_net.fit(scan_images, scan_digits, epochs=1, batch_size=16, verbose=0)
print(history.history["loss"])
