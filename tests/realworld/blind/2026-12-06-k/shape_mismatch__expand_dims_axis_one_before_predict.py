# source: https://github.com/keras-team/keras/issues/12596
# family: shape_mismatch
# raises: ValueError
# cause: 3:3
# raise: 4:3
# culprit: expand_dims | axis=1 | (64, 1, 64, 3)
# expect: prepare() adds the batch axis with np.expand_dims(img, axis=1), turning the (64, 64, 3) photo into (64, 1, 64, 3), which predict reads as 64 samples of shape (1, 64, 3) instead of one (64, 64, 3) image. Insert the batch axis in front: np.expand_dims(img, axis=0).
# %%
import numpy as np
import keras
from keras import layers

SIDE = 64
rng = np.random.default_rng(9)

def load_photo(path):
    # stands in for cv2.imread + cv2.resize to (SIDE, SIDE)
    return (rng.random((SIDE, SIDE, 3)) * 255).astype("uint8")
# %%
inp = keras.Input((SIDE, SIDE, 3))
x = layers.Conv2D(8, 3, activation="relu")(inp)
x = layers.GlobalAveragePooling2D()(x)
out = layers.Dense(2, activation="softmax")(x)
santa_net = keras.Model(inp, out)
santa_net.compile("adam", "sparse_categorical_crossentropy")
santa_net.fit(rng.random((16, SIDE, SIDE, 3)), rng.integers(0, 2, 16), epochs=1, verbose=0)
# %%
def prepare(img):
    img = img.astype("float32") / 255.0
    return np.expand_dims(img, axis=1)
# %%
photo = load_photo("holiday/modi.jpg")
batch = prepare(photo)
not_santa, santa = santa_net.predict(batch, verbose=0)[0]
print(not_santa, santa)
