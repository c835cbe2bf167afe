# family: shape_mismatch
# raises: ValueError
# culprit: flat
import numpy as np
import keras
tiles = np.zeros((30, 8, 8, 2), "float32")
marks = np.zeros((30,), "int64")
flat = tiles.reshape(-1, 64)  # <- cause
clf = keras.Sequential([keras.Input((64,)), keras.layers.Dense(3, activation="softmax")])
clf.compile("adam", "sparse_categorical_crossentropy")
clf.fit(flat, marks, epochs=1, verbose=0)  # <- raises
