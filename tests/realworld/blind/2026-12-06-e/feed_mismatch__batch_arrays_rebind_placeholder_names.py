# source: https://github.com/PeaceWish/seq2seq_textsum/issues/4
# family: feed_mismatch
# raises: TypeError
# cause: 3:3
# raise: 3:4
# culprit: source_ids | target_ids
# expect: The loop unpacks each batch into source_ids/target_ids, the same names as the placeholders, so the feed_dict keys become numpy arrays ("unhashable type: 'numpy.ndarray'"). Give the batch arrays different names and keep the placeholders as the dict keys.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
VOCAB, SRC_LEN, TGT_LEN = 50, 10, 4
rng = np.random.default_rng(21)
articles = rng.integers(1, VOCAB, size=(64, SRC_LEN)).astype("int32")
headlines = rng.integers(1, VOCAB, size=(64, TGT_LEN)).astype("int32")

def get_batches(src, tgt, size):
    for i in range(0, len(src), size):
        yield src[i:i + size], tgt[i:i + size]
# %%
source_ids = tf.compat.v1.placeholder(tf.int32, [None, SRC_LEN], name="source_ids")
target_ids = tf.compat.v1.placeholder(tf.int32, [None, TGT_LEN], name="target_ids")
embedding = tf.compat.v1.get_variable("embedding", [VOCAB, 16])
encoded = tf.reduce_mean(tf.nn.embedding_lookup(embedding, source_ids), axis=1)
out_proj = tf.compat.v1.get_variable("out_proj", [16, VOCAB])
logits = tf.tile(tf.expand_dims(tf.matmul(encoded, out_proj), 1), [1, TGT_LEN, 1])
seq_loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target_ids, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(seq_loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for epoch in range(2):
    total = 0.0
    for source_ids, target_ids in get_batches(articles, headlines, 16):
        _, l = sess.run([train_op, seq_loss], feed_dict={source_ids: source_ids, target_ids: target_ids})
        total += l
