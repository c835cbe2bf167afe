# source: https://github.com/tensorflow/tensorflow/issues/32875
# family: shape_mismatch
# raises: ValueError
# cause: 2:8
# raise: 3:1
# culprit: MeanIoU | seg_model
# expect: MeanIoU expects class ids for both y_true and y_pred, but the segmentation head outputs per-pixel softmax probabilities (…, 3) while the masks are integer ids, so the flattened tensors differ in size ("Dimensions must be equal, but are 1024 and 3072" inside the confusion-matrix update). Take argmax of the predictions before MeanIoU (e.g. a MeanIoU subclass), or use a metric that accepts probabilities.
# %%
import numpy as np
import keras

rng = np.random.default_rng(12)
tiles = rng.random((8, 16, 16, 1)).astype("float32")
masks = rng.integers(0, 3, size=(8, 16, 16)).astype("int32")
# %%
NUM_CLASSES = 3

def tiny_unet():
    inp = keras.Input((16, 16, 1))
    x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inp)
    out = keras.layers.Conv2D(NUM_CLASSES, 1, activation="softmax")(x)
    model = keras.Model(inp, out)
    model.compile("adam", "sparse_categorical_crossentropy", metrics=[keras.metrics.MeanIoU(num_classes=NUM_CLASSES)])
    return model

seg_model = tiny_unet()
# %%
seg_model.fit(tiles, masks, batch_size=4, epochs=1, verbose=0)
