# source: https://github.com/qqwweee/keras-yolo3/issues/20
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:1, 2:6
# raise: 3:3
# culprit: num_classes | 5 + num_classes
# expect: the head was built for 80 classes (3*(5+80) channels) but the decoder reshapes with num_classes=20, so the element count does not divide; use the same num_classes in the model and in yolo_decode.
# %%
import numpy as np
import tensorflow as tf
import keras

NUM_ANCHORS = 3
GRID = 13
# %%
def build_head(num_classes):
    inp = keras.Input(shape=(GRID, GRID, 32))
    out = keras.layers.Conv2D(NUM_ANCHORS * (5 + num_classes), 1)(inp)
    return keras.Model(inp, out)

head = build_head(num_classes=80)
feats = head(np.random.rand(2, GRID, GRID, 32).astype("float32"))
print(feats.shape)
# %%
num_classes = 20
def yolo_decode(f, n_cls):
    return tf.reshape(f, [-1, GRID, GRID, NUM_ANCHORS, 5 + n_cls])
boxes = yolo_decode(feats, num_classes)
