# source: https://github.com/imfing/audio-classification/issues/3
# family: other
# raises: IndexError
# cause: 1:6, 2:2
# raise: 2:2
# culprit: num_classes | genre_ids
# expect: The genre ids in the metadata run from 1 to 10, but to_categorical indexes columns from 0, so with num_classes=10 the id 10 falls outside the (n, 10) matrix. Shift the labels to 0-based (genre_ids - 1) before one-hot encoding (or use num_classes=11).
# %%
import numpy as np
import keras

rng = np.random.default_rng(31)
mfcc_features = rng.normal(size=(60, 40)).astype("float32")
genre_ids = rng.permutation(np.repeat(np.arange(1, 11), 6))
print("label range:", genre_ids.min(), genre_ids.max())
# %%
NUM_GENRES = 10
y_onehot = keras.utils.to_categorical(genre_ids, num_classes=NUM_GENRES)
model = keras.Sequential([keras.Input(shape=(40,)), keras.layers.Dense(NUM_GENRES, activation="softmax")])
