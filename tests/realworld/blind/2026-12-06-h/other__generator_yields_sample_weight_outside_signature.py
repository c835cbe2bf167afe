# source: https://github.com/tensorflow/tensorflow/issues/40425
# family: other
# raises: InvalidArgumentError
# cause: 2:5
# raise: 3:1
# culprit: output_signature | frame_generator
# expect: frame_generator yields (features, target, weight) triples, but the output_signature passed to from_generator declares only (features, target), so when the dataset is iterated the first element does not match ("generator yielded an element that did not match the expected structure"). Either drop the weight from the yield or add a TensorSpec for it to output_signature.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(160)
poses = rng.random((30, 10, 3)).astype("float32")
images = rng.random((30, 8, 8, 1)).astype("float32")
sample_weight = rng.random(30).astype("float32")
# %%
def frame_generator():
    for i in range(len(poses)):
        features = {"pose": poses[i], "image": images[i]}
        target = poses[i].mean(axis=0)
        yield features, target, sample_weight[i]

signature = (
    {"pose": tf.TensorSpec((10, 3), tf.float32), "image": tf.TensorSpec((8, 8, 1), tf.float32)},
    tf.TensorSpec((3,), tf.float32),
)
train_ds = tf.data.Dataset.from_generator(frame_generator, output_signature=signature).batch(6)
# %%
for features, target in train_ds.take(2):
    print(features["pose"].shape, target.shape)
