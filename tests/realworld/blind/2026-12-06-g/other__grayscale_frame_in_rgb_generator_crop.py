# source: https://github.com/tensorlayer/SRGAN/issues/167
# family: other
# raises: InvalidArgumentError
# cause: 1:9
# raise: 2:12
# culprit: crop_to_bounding_box | grayscale | frame_07
# expect: One of the loaded frames is grayscale (2-D, no channel axis) because the loader does not force three channels; the generator has no declared shapes, so tf.image.crop_to_bounding_box only fails at run time when it unstacks a rank-2 shape. Convert every image to three channels when loading (or declare output_signature with shape (None, None, 3)).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(11)
frame_store = {}
for k in range(10):
    name = f"frame_{k:02d}"
    if k == 7:
        frame_store[name] = rng.integers(0, 255, size=(48, 40)).astype("uint8")
    else:
        frame_store[name] = rng.integers(0, 255, size=(48, 40, 3)).astype("uint8")

def load_frame(name):
    return frame_store[name].astype("float32") / 255.0
# %%
def hr_frames():
    for name in sorted(frame_store):
        yield load_frame(name)

def make_pair(hr):
    hr = tf.image.crop_to_bounding_box(hr, 4, 4, 32, 32)
    lr = tf.image.resize(hr, [8, 8])
    return lr, hr

pairs = tf.data.Dataset.from_generator(hr_frames, output_types=tf.float32)
pairs = pairs.map(make_pair).batch(2)
for step, (lr_batch, hr_batch) in enumerate(pairs):
    print(step, lr_batch.shape, hr_batch.shape)
