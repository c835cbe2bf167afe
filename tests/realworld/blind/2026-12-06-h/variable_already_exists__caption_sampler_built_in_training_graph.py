# source: https://github.com/mlberkeley/oreilly-captions/issues/9
# family: variable_already_exists
# raises: ValueError
# cause: 2:15
# raise: 4:2
# culprit: decoder/lstm_kernel | build_sampler
# expect: build_sampler opens variable_scope("decoder") without reuse in the same default graph where build_model already created decoder/lstm_kernel, so get_variable refuses to create it again ("already exists, disallowed"). Either reset the default graph before building the sampler (and restore the trained weights) or open the scope with reuse=True / tf.compat.v1.AUTO_REUSE inside build_sampler.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(3)
image_features = rng.random((20, 64), dtype=np.float32)
captions = rng.integers(1, 50, size=(20, 6))
vocab_size, embed_dim, hidden = 50, 16, 32
# %%
class Captioner:
    def __init__(self, dim_in, dim_hidden, n_words):
        self.dim_in, self.dim_hidden, self.n_words = dim_in, dim_hidden, n_words

    def _cell_vars(self):
        kernel = tf.compat.v1.get_variable("lstm_kernel", [embed_dim + self.dim_hidden, 4 * self.dim_hidden])
        bias = tf.compat.v1.get_variable("lstm_bias", [4 * self.dim_hidden], initializer=tf.zeros_initializer())
        return kernel, bias

    def build_model(self, feats):
        with tf.compat.v1.variable_scope("decoder"):
            return self._cell_vars()

    def build_sampler(self, feats):
        with tf.compat.v1.variable_scope("decoder"):
            kernel, bias = self._cell_vars()
            return tf.matmul(tf.zeros([1, embed_dim + self.dim_hidden]), kernel) + bias
# %%
feats_in = tf.compat.v1.placeholder(tf.float32, [None, 64])
captioner = Captioner(64, hidden, vocab_size)
train_kernel, train_bias = captioner.build_model(feats_in)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print("trained params:", sess.run(tf.size(train_kernel)))
# %%
maxlen = 15
sampler_logits = captioner.build_sampler(feats_in)
