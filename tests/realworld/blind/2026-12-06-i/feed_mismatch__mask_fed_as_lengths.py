# source: https://github.com/HsiaoYetGun/ESIM/issues/9
# family: feed_mismatch
# raises: ValueError
# cause: 3:3
# raise: 3:4
# culprit: premise_actual_length | premise_mask
# expect: premise_actual_length is a [None] vector of sequence lengths, but the feed dict passes the (32, 100) padding mask instead of its row sums. Feed premise_mask.sum(axis=1).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(5)
MAX_LEN = 100
lengths = rng.integers(5, MAX_LEN, size=32)
premise_ids = np.zeros((32, MAX_LEN), dtype=np.int32)
for i, n in enumerate(lengths):
    premise_ids[i, :n] = rng.integers(1, 500, size=n)
premise_mask = (premise_ids != 0).astype(np.int32)
# %%
premise = tf.compat.v1.placeholder(tf.int32, [None, MAX_LEN], name="premise")
premise_len = tf.compat.v1.placeholder(tf.int32, [None], name="premise_actual_length")
emb = tf.compat.v1.get_variable("emb", [500, 16])
tok = tf.nn.embedding_lookup(emb, premise)
m = tf.cast(tf.sequence_mask(premise_len, MAX_LEN), tf.float32)[..., None]
pooled = tf.reduce_sum(tok * m, 1) / tf.reduce_sum(m, 1)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed = {premise: premise_ids, premise_len: premise_mask}
out = sess.run(pooled, feed_dict=feed)
