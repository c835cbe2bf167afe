# source: https://github.com/26hzhang/neural_sequence_labeling/issues/15
# family: other
# raises: TypeError
# cause: 2:12
# raise: 3:6
# culprit: merge_all | self.summary
# expect: tf.compat.v1.summary.merge_all() returns None because no summary op was ever created (the scalar summaries are never added), and sess.run cannot fetch None; add tf.compat.v1.summary.scalar(...) calls before merge_all or skip fetching the summary.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(12)
word_ids = rng.randint(0, 50, size=(16, 10))
punct_tags = rng.randint(0, 4, size=(16, 10))
# %%
class PunctTagger:
    def __init__(self, vocab=50, n_tags=4, dim=8, log_scalars=False):
        self.words = tf.compat.v1.placeholder(tf.int32, [None, None])
        self.tags = tf.compat.v1.placeholder(tf.int32, [None, None])
        emb = tf.Variable(tf.random.normal([vocab, dim], stddev=0.1))
        proj = tf.Variable(tf.random.normal([dim, n_tags], stddev=0.1))
        logits = tf.einsum("btd,dk->btk", tf.nn.embedding_lookup(emb, self.words), proj)
        self.loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=self.tags, logits=logits))
        self.train_op = tf.compat.v1.train.AdamOptimizer(0.01).minimize(self.loss)
        if log_scalars:
            tf.compat.v1.summary.scalar("loss", self.loss)
        self.summary = tf.compat.v1.summary.merge_all()
        self.sess = tf.compat.v1.Session()
        self.sess.run(tf.compat.v1.global_variables_initializer())

model = PunctTagger()
# %%
writer = tf.compat.v1.summary.FileWriter("/tmp/b6_punct_logs")

def add_summary(m, step):
    fd = {m.words: word_ids, m.tags: punct_tags}
    m.sess.run(m.train_op, feed_dict=fd)
    summary_str = m.sess.run(m.summary, feed_dict=fd)
    writer.add_summary(summary_str, step)

add_summary(model, 0)
