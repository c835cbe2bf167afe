# source: https://github.com/ichuang/tflearn_seq2seq/issues/9
# family: feed_mismatch
# raises: ValueError
# cause: 1:10, 2:3
# raise: 3:9
# culprit: reply_ids | PAD_TO
# expect: the token batches were padded to PAD_TO=12 steps in cell 1, but the placeholder reply_ids was declared with SEQ_STEPS=20 columns; feeding a (128, 12) array into a (None, 20) placeholder fails. Pad the sequences to SEQ_STEPS (or build the placeholder from the padding length).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

SEQ_STEPS = 20
VOCAB = 50
rng = np.random.default_rng(3)
raw = [rng.integers(1, VOCAB, size=rng.integers(4, 12)) for _ in range(256)]

PAD_TO = 12
padded = np.zeros((len(raw), PAD_TO), dtype=np.int32)
for i, seq in enumerate(raw):
    padded[i, :len(seq)] = seq
# %%
with tf.compat.v1.variable_scope("decoder"):
    emb = tf.compat.v1.get_variable("emb", [VOCAB, 16])
    reply_ids = tf.compat.v1.placeholder(tf.int32, [None, SEQ_STEPS], name="reply_ids")
    vectors = tf.nn.embedding_lookup(emb, reply_ids)
    pooled = tf.reduce_mean(vectors, axis=1)
    w_out = tf.compat.v1.get_variable("w_out", [16, VOCAB])
    logits = tf.matmul(pooled, w_out)
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=reply_ids[:, 0], logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
batch_size = 128
history = []
for start in range(0, len(padded), batch_size):
    batch = padded[start:start + batch_size]
    if len(batch) < batch_size:
        continue
    _, l = sess.run([train_op, loss], feed_dict={reply_ids: batch})
    history.append(l)
print(history)
