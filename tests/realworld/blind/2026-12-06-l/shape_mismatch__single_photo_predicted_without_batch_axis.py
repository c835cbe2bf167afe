# source: https://github.com/qubvel/segmentation_models/issues/499
# family: shape_mismatch
# raises: ValueError
# cause: 3:2, 3:1
# raise: 3:2
# culprit: photo | predict
# expect: load_photo returns one (32, 32, 3) image and it goes straight into model.predict, which expects a batch (N, 32, 32, 3); Keras reads the 32 rows as 32 samples of shape (32, 3) and rejects them. Add the batch axis first (np.expand_dims(photo, 0) or photo[None]).
# %%
import os
import numpy as np

PHOTO_DIR = "/tmp/b12_leaf_photos"
os.makedirs(PHOTO_DIR, exist_ok=True)
rng = np.random.default_rng(3)
for i in range(3):
    np.save(os.path.join(PHOTO_DIR, f"leaf_{i}.npy"), rng.integers(0, 256, (32, 32, 3)).astype(np.uint8))

def load_photo(path):
    return np.load(path).astype(np.float32) / 255.0
# %%
import keras

model = keras.Sequential([
    keras.Input((32, 32, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(4, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(rng.random((16, 32, 32, 3)), rng.integers(0, 4, 16), epochs=1, verbose=0)
# %%
photo = load_photo(os.path.join(PHOTO_DIR, "leaf_1.npy"))
probs = model.predict(photo, verbose=0)
print(probs.argmax(axis=-1))
