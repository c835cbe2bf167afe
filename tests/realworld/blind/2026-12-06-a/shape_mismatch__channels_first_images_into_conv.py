# source: https://github.com/chsasank/Traffic-Sign-Classification.keras/issues/4
# family: shape_mismatch
# raises: ValueError
# cause: 1:8
# raise: 3:9
# culprit: preprocess_img | rollaxis | signs
# expect: preprocess_img still moves the channel axis first (np.rollaxis, left over from a channels_first setup), so signs has shape (60, 3, 24, 24) while the model is channels_last with Input (24, 24, 3); Keras rejects the input shape. Drop the rollaxis (keep HWC) or build the model for channels_first.
# %%
import numpy as np
import keras
IMG_SIZE = 24
rng = np.random.default_rng(6)

def preprocess_img(img):
    img = (img - img.mean()) / (img.std() + 1e-6)
    return np.rollaxis(img, -1)          # HWC -> CHW, as in the original tutorial
# %%
raw = rng.random((60, IMG_SIZE, IMG_SIZE, 3)).astype("float32")
signs = np.array([preprocess_img(im) for im in raw], dtype="float32")
sign_ids = rng.integers(0, 4, size=60)
print(signs.shape)
# %%
sign_net = keras.Sequential([
    keras.Input(shape=(IMG_SIZE, IMG_SIZE, 3)),
    keras.layers.Conv2D(16, 3, activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(4, activation="softmax"),
])
sign_net.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
sign_net.fit(signs, sign_ids, epochs=1, batch_size=20, verbose=0)
