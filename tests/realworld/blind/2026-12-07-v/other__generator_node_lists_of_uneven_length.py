# source: https://github.com/HuantWang/FUNDED_NISL/issues/23
# family: other
# raises: InvalidArgumentError
# cause: 2:3, 2:6
# raise: 3:1
# culprit: sample_stream | output_signature
# expect: each graph's node-feature lists have different lengths, so the generator yields a ragged nested list that cannot be converted to the dense float32 TensorSpec(shape=(None, None)) declared in output_signature; iteration fails with "generator yielded an element that could not be converted to the expected type". Pad each sample's node lists to a common length inside the generator, or declare a tf.RaggedTensorSpec and yield tf.ragged.constant.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(0)
graphs = [[rng.random(rng.integers(3, 9)).tolist() for _ in range(4)] for _ in range(20)]
labels = rng.integers(0, 2, size=20)
# %%
def sample_stream():
    for feats, y in zip(graphs, labels):
        yield feats, y
ds = tf.data.Dataset.from_generator(
    sample_stream,
    output_signature=(tf.TensorSpec(shape=(None, None), dtype=tf.float32),
                      tf.TensorSpec(shape=(), dtype=tf.int64)))
# %%
for node_feats, y in ds.take(2):
    print(node_feats.shape, int(y))
