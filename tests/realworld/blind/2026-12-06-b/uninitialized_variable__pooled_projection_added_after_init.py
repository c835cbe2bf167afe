# source: https://github.com/zihangdai/xlnet/issues/178
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2, 2:2
# raise: 3:4
# culprit: summary/proj | proj
# expect: The summary projection's variables are created in cell 3 by summarize(), after cell 2 already ran global_variables_initializer, so summary/proj/kernel is uninitialized (re-running the cell "works" because the second initializer covers them). Build the head before running the initializer, or run it again.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
token_ids = tf.compat.v1.placeholder(tf.int32, [None, 12], name="token_ids")
with tf.compat.v1.variable_scope("encoder"):
    table = tf.compat.v1.get_variable("table", [50, 16])
    hidden = tf.nn.embedding_lookup(table, token_ids)

def summarize(seq):
    with tf.compat.v1.variable_scope("summary"):
        pooled = tf.reduce_mean(seq, axis=1)
        w = tf.compat.v1.get_variable("proj", [16, 8])
        return tf.tanh(tf.matmul(pooled, w))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
batch = np.random.default_rng(0).integers(0, 50, size=(4, 12))
print(sess.run(hidden, {token_ids: batch}).shape)
# %%
with tf.compat.v1.variable_scope("head"):
    sentence_vec = summarize(hidden)
feed = {token_ids: batch}
print(sess.run(sentence_vec, feed))
