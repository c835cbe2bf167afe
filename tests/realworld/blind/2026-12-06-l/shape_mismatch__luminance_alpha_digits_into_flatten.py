# source: https://github.com/tensorflow/tensorflow/issues/44404
# family: shape_mismatch
# raises: ValueError
# cause: 2:4
# raise: 3:10
# culprit: digits | to_luminance_alpha
# expect: to_luminance_alpha keeps the alpha channel, so every cropped digit is (28, 28, 2) instead of the (28, 28) grayscale the model's Input/Flatten was built for; the model rejects the (1, 28, 28, 2) batch. Keep only the luminance channel (e.g. return lum) or build the model for (28, 28, 2).
# %%
import os
import numpy as np

DIGIT_DIR = "/tmp/b12_cropped_digits"
os.makedirs(DIGIT_DIR, exist_ok=True)
rng = np.random.default_rng(31)
for i in range(6):
    rgba = np.concatenate([rng.integers(0, 256, (28, 28, 3)), np.full((28, 28, 1), 255)], axis=-1).astype(np.uint8)
    np.save(os.path.join(DIGIT_DIR, f"digit_{i}.npy"), rgba)
# %%
def to_luminance_alpha(rgba):
    lum = rgba[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    alpha = rgba[..., 3].astype(np.float32)
    return np.stack([lum, alpha], axis=-1) / 255.0

paths = sorted(os.listdir(DIGIT_DIR))
digits = np.array([to_luminance_alpha(np.load(os.path.join(DIGIT_DIR, p))) for p in paths])
print(digits.shape)
# %%
import keras

model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.2),
    keras.layers.Dense(10),
])
predictions = model(digits[:1]).numpy()
print(predictions)
