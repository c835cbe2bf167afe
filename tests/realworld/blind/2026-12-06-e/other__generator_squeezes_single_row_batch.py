# source: https://github.com/Accenture/AmpliGraph/issues/255
# family: other
# raises: InvalidArgumentError
# cause: 1:10
# raise: 3:2
# culprit: np.squeeze | triple_batches
# expect: triple_batches squeezes every batch; when the training set is smaller than the batch count a batch holds one triple and np.squeeze turns (1, 3) into (3,), which does not fit the declared TensorSpec((None, 3)) ("generator yielded an element of shape (3,) where an element of shape (None, 3) was expected"). Do not squeeze (or reshape to (-1, 3)).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(2)
triples = rng.integers(0, 40, size=(10, 3)).astype("int32")
BATCH_COUNT = 16

def triple_batches():
    for chunk in np.array_split(triples, BATCH_COUNT):
        if len(chunk):
            yield np.squeeze(chunk)
# %%
kg_ds = tf.data.Dataset.from_generator(
    triple_batches,
    output_signature=tf.TensorSpec(shape=(None, 3), dtype=tf.int32),
)
entity_emb = tf.Variable(tf.random.normal([40, 8], seed=0))
# %%
scores = []
for batch in kg_ds:
    h, t = tf.gather(entity_emb, batch[:, 0]), tf.gather(entity_emb, batch[:, 2])
    scores.append(tf.reduce_sum(h * t, axis=-1))
