# source: https://github.com/tensorflow/tensorflow/issues/57485
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: py_function
# expect: The py_function output has no static shape, but tf.ensure_shape restores the rank and channel count before tf.image.resize, so the pipeline and the model train fine; no finding should be reported.
# %%
import numpy as np
import tensorflow as tf

def read_tile(idx):
    rng = np.random.default_rng(int(idx))
    return (rng.random((48, 48, 3)) * 255).astype("float32"), np.int32(idx % 2)
# %%
def load_tile(idx):
    img, label = tf.py_function(read_tile, [idx], [tf.float32, tf.int32])
    img = tf.ensure_shape(img, [None, None, 3])
    label = tf.ensure_shape(label, [])
    img = tf.image.resize(img, [32, 32]) / 255.0
    return img, label

tiles = tf.data.Dataset.range(12).map(load_tile).batch(4)
# %%
tile_model = tf.keras.Sequential([
    tf.keras.Input((32, 32, 3)),
    tf.keras.layers.Conv2D(4, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(2),
])
tile_model.compile("adam", tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
history = tile_model.fit(tiles, epochs=1, verbose=0)
