# source: https://github.com/tensorflow/tensorflow/issues/40620
# family: other
# raises: NONE
# cause: 2:2
# raise: NONE
# culprit: np.random.uniform | augment
# expect: augment() calls np.random.uniform, which runs once when Dataset.map traces the function, so the "random" gain is a constant baked into the graph and every clip gets the same scale. Use tf.random.uniform (or a tf.random.Generator) inside the map function.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(94)
clips = rng.normal(size=(40, 16)).astype(np.float32)
np.random.seed(7)
# %%
def augment(clip):
    gain = np.random.uniform(0.5, 1.5)
    return clip * gain, clip

aug_ds = tf.data.Dataset.from_tensor_slices(clips).map(augment).batch(10)
# %%
ratios = []
for noisy, clean in aug_ds:
    ratios.extend((noisy[:, 0] / clean[:, 0]).numpy().round(4).tolist())
print(sorted(set(ratios)))
