# source: https://github.com/LantaoYu/SeqGAN/issues/7
# family: other
# raises: TypeError
# cause: 3:2
# raise: 3:2
# culprit: global_variables_initializer
# expect: sess.run() is given the function tf.compat.v1.global_variables_initializer itself instead of the op it returns, so the fetch has an invalid type (a function). Call it: sess.run(tf.compat.v1.global_variables_initializer()).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(120)
seq_batch = rng.integers(0, 50, size=(16, 20))
# %%
tokens = tf.compat.v1.placeholder(tf.int32, [None, 20], name="tokens")
with tf.compat.v1.variable_scope("generator"):
    g_emb = tf.compat.v1.get_variable("g_embeddings", [50, 32])
    g_out = tf.compat.v1.get_variable("g_output", [32, 50])
logits = tf.einsum("btd,dv->btv", tf.nn.embedding_lookup(g_emb, tokens), g_out)
pretrain_loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tokens, logits=logits))
pretrain_op = tf.compat.v1.train.AdamOptimizer(1e-2).minimize(pretrain_loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer)
for epoch in range(2):
    sess.run(pretrain_op, {tokens: seq_batch})
