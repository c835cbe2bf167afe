# source: https://github.com/AlessioTonioni/dispflownet-tf/pull/1
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:8
# culprit: decode_png | load_pair
# expect: load_pair decodes the PNGs with tf.io.decode_png(...) and no channels argument, so the RGBA files come out with 4 channels; the first Conv2D was built for 3 input channels and the convolution fails with "Depth of input must be a multiple of depth of filter: 4 vs 3". Decode with channels=3.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
img_dir = tempfile.mkdtemp()
rng = np.random.default_rng(1)
for i in range(8):
    rgba = rng.integers(0, 255, size=(24, 24, 4), dtype=np.uint8)
    tf.io.write_file(os.path.join(img_dir, f"left_{i:03d}.png"), tf.io.encode_png(rgba))
# %%
def load_pair(path):
    img = tf.io.decode_png(tf.io.read_file(path))
    img = tf.image.resize(img, [24, 24]) / 255.0
    disparity = tf.reduce_mean(img) * 10.0
    return img, disparity

files = tf.data.Dataset.list_files(os.path.join(img_dir, "left_*.png"), shuffle=False)
train_ds = files.map(load_pair).batch(4)
# %%
disp_net = keras.Sequential([
    keras.Input((24, 24, 3)),
    keras.layers.Conv2D(8, 3, strides=2, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1),
])
disp_net.compile(optimizer="adam", loss="mae")
disp_net.fit(train_ds, epochs=1, verbose=0)
