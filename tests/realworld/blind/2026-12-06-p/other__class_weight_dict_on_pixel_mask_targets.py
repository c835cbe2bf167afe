# source: https://github.com/bnsreenu/python_for_microscopists/issues/36
# family: other
# raises: TypeError
# cause: 3:1, 2:4
# raise: 3:1
# culprit: class_weight | CLASS_WEIGHTS
# expect: class_weight maps class ids to weights per sample, but the targets are per-pixel masks of shape (batch, 16, 16); Keras cannot look up one class per sample and fails (here "only 0-dimensional arrays can be converted to Python scalars"). For segmentation, build a per-pixel sample_weight array from CLASS_WEIGHTS instead.
# %%
import numpy as np
import keras

rng = np.random.default_rng(34)
cells_img = rng.random((8, 16, 16, 1)).astype("float32")
cells_mask = rng.choice(4, size=(8, 16, 16), p=[0.85, 0.05, 0.05, 0.05]).astype("int32")
# %%
N_CLASSES = 4
pixel_counts = np.bincount(cells_mask.ravel(), minlength=N_CLASSES)
balanced = pixel_counts.sum() / (N_CLASSES * np.maximum(pixel_counts, 1))
CLASS_WEIGHTS = {i: float(w) for i, w in enumerate(balanced)}

inp = keras.Input((16, 16, 1))
x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inp)
out = keras.layers.Conv2D(N_CLASSES, 1, activation="softmax")(x)
seg_net = keras.Model(inp, out)
seg_net.compile("adam", "sparse_categorical_crossentropy")
# %%
seg_net.fit(cells_img, cells_mask, batch_size=4, epochs=1, class_weight=CLASS_WEIGHTS, verbose=0)
