# source: https://github.com/tensorflow/tensorflow/issues/48660
# family: shape_mismatch
# raises: ValueError
# cause: 2:1, 1:6
# raise: 3:7
# culprit: x_train_flat | PIXELS
# expect: The images are (120, 16, 16, 3) but are flattened with reshape(-1, 16*16), which ignores the 3 colour channels and turns 120 images into 360 rows, while y_train still has 120 labels ("Data cardinality is ambiguous"). Flatten per image: x_train.reshape(len(x_train), -1) (and size the Input accordingly).
# %%
import numpy as np
import keras
rng = np.random.default_rng(11)
x_train = rng.random((120, 16, 16, 3), dtype=np.float32)
y_train = rng.integers(0, 10, 120)
PIXELS = 16 * 16
# %%
x_train_flat = x_train.reshape(-1, PIXELS)
print(x_train_flat.shape, y_train.shape)
# %%
model = keras.Sequential([
    keras.Input((PIXELS,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train_flat, y_train, epochs=1, verbose=0)
