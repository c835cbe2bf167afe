# source: https://github.com/affinelayer/pix2pix-tensorflow/issues/18
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:2
# culprit: decode_png | channels
# expect: decode_png is called without channels=3, so each thumbnail keeps the channel count stored in its file; the third PNG is grayscale and reaches the 3-channel conv kernel with depth 1 ("input depth must be evenly divisible by filter depth: 1 vs 3"). Decode with channels=3 so every image is RGB.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

THUMB_DIR = "/tmp/b15_thumbs"
os.makedirs(THUMB_DIR, exist_ok=True)
rng = np.random.default_rng(5)
with tf.compat.v1.Session() as s:
    for i, channels in enumerate([3, 3, 1, 3]):
        arr = rng.integers(0, 255, size=(20, 20, channels), dtype=np.uint8)
        with open(f"{THUMB_DIR}/thumb_{i}.png", "wb") as f:
            f.write(s.run(tf.io.encode_png(arr)))
thumb_paths = sorted(os.path.join(THUMB_DIR, n) for n in os.listdir(THUMB_DIR))
# %%
def load_thumb(path):
    img = tf.io.decode_png(tf.io.read_file(path))
    img = tf.image.convert_image_dtype(img, tf.float32)
    return tf.image.resize(img, [16, 16])

thumbs = tf.data.Dataset.from_tensor_slices(thumb_paths).map(load_thumb).batch(1)
next_thumb = tf.compat.v1.data.make_one_shot_iterator(thumbs).get_next()
kernel = tf.compat.v1.get_variable("kernel", [3, 3, 3, 8])
features = tf.nn.relu(tf.nn.conv2d(next_thumb, kernel, 1, "SAME"))
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for _ in range(len(thumb_paths)):
    fmap = sess.run(features)
    print(fmap.shape)
