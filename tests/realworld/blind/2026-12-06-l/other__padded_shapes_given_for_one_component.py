# source: https://github.com/tensorflow/tensorflow/issues/14299
# family: other
# raises: TypeError
# cause: 3:1
# raise: 3:2
# culprit: padded_shapes | padded_batch
# expect: Each element is a (tokens, tags) pair, but padded_shapes is given as a single shape [None] instead of a matching pair, so padded_batch cannot line the shapes up with the element structure. Pass one shape per component, e.g. padded_shapes=([None], [None]).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(18)
sentences = [rng.integers(1, 500, size=rng.integers(3, 12)).astype(np.int32) for _ in range(10)]
tag_seqs = [rng.integers(0, 5, size=len(s)).astype(np.int32) for s in sentences]
# %%
def examples():
    for tokens, tags in zip(sentences, tag_seqs):
        yield tokens, tags

ner_ds = tf.data.Dataset.from_generator(
    examples,
    output_signature=(tf.TensorSpec([None], tf.int32), tf.TensorSpec([None], tf.int32)))
print(ner_ds.element_spec)
# %%
PADDED_SHAPES = [None]
ner_batches = ner_ds.padded_batch(4, padded_shapes=PADDED_SHAPES)
for tokens, tags in ner_batches.take(1):
    print(tokens.shape, tags.shape)
