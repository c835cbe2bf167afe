# source: https://github.com/tensorflow/tensorflow/issues/15261
# family: variable_not_found
# raises: ValueError
# cause: 3:3
# raise: 3:3
# culprit: Model/enc/kernel | reuse=True
# expect: The evaluation tower is built first with reuse=True, but no variables exist yet in scope "Model", so get_variable cannot find Model/enc/kernel. Build the training tower (reuse=False) first, then the evaluation tower with reuse=True, or use reuse=tf.compat.v1.AUTO_REUSE.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def seq_encoder(tokens, vocab=50, dim=16, reuse=False):
    with tf.compat.v1.variable_scope("Model", reuse=reuse):
        table = tf.compat.v1.get_variable("embedding", [vocab, dim])
        emb = tf.reduce_mean(tf.nn.embedding_lookup(table, tokens), axis=1)
        kernel = tf.compat.v1.get_variable("enc/kernel", [dim, 3])
        return tf.matmul(emb, kernel)
# %%
rng = np.random.default_rng(5)
train_tokens = rng.integers(0, 50, size=(64, 12))
valid_tokens = rng.integers(0, 50, size=(16, 12))
train_labels = rng.integers(0, 3, size=64)
# %%
tok_train = tf.compat.v1.placeholder(tf.int32, [None, 12])
tok_valid = tf.compat.v1.placeholder(tf.int32, [None, 12])
valid_logits = seq_encoder(tok_valid, reuse=True)
train_logits = seq_encoder(tok_train)
