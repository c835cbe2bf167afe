# source: https://github.com/tensorflow/tensor2tensor/issues/399
# family: uninitialized_variable
# raises: NotFoundError
# cause: 2:1
# raise: 2:5
# culprit: mean_nll | local_variables_initializer
# expect: tf.compat.v1.metrics.mean creates local variables (mean_nll/total and mean_nll/count) that global_variables_initializer does not touch, so running the metric's update op reads a variable that was never initialized (TF reports the resource as not found). Also run tf.compat.v1.local_variables_initializer().
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(101)
tokens = rng.integers(0, 30, size=(40, 6))
targets = rng.integers(0, 30, size=40)
tok_ph = tf.compat.v1.placeholder(tf.int32, [None, 6])
tgt_ph = tf.compat.v1.placeholder(tf.int32, [None])
emb = tf.compat.v1.get_variable("emb", [30, 16])
out_w = tf.compat.v1.get_variable("out_w", [16, 30])
logits = tf.matmul(tf.reduce_mean(tf.nn.embedding_lookup(emb, tok_ph), axis=1), out_w)
nll = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tgt_ph, logits=logits)
perplexity_nll, update_nll = tf.compat.v1.metrics.mean(nll, name="mean_nll")
# %%
init = tf.compat.v1.global_variables_initializer()
sess = tf.compat.v1.Session()
sess.run(init)
for i in range(0, 40, 20):
    sess.run(update_nll, {tok_ph: tokens[i:i + 20], tgt_ph: targets[i:i + 20]})
