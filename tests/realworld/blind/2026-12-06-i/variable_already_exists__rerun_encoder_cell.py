# source: https://github.com/Zafar-Lab/scDREAMER/issues/4
# family: variable_already_exists
# raises: ValueError
# cause: 4:2
# raise: 4:2
# culprit: Encoder/enc_h0/weights
# expect: The encoder-building cell was run a second time (with a new latent size) in the same default graph, so Encoder/enc_h0/weights already exists. Call tf.compat.v1.reset_default_graph() before rebuilding, or reuse the variables.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
counts = np.random.default_rng(0).poisson(2.0, size=(50, 30)).astype("float32")
# %%
def build_encoder(x, latent_dim):
    with tf.compat.v1.variable_scope("Encoder"):
        with tf.compat.v1.variable_scope("enc_h0"):
            w0 = tf.compat.v1.get_variable("weights", [x.shape[-1], 32])
            h0 = tf.nn.relu(tf.matmul(x, w0))
        with tf.compat.v1.variable_scope("enc_mu"):
            w1 = tf.compat.v1.get_variable("weights", [32, latent_dim])
            return tf.matmul(h0, w1)
# %%
cells_in = tf.compat.v1.placeholder(tf.float32, [None, 30], name="cells_in")
z = build_encoder(cells_in, latent_dim=8)
print(z)
# %%
cells_in = tf.compat.v1.placeholder(tf.float32, [None, 30], name="cells_in")
z = build_encoder(cells_in, latent_dim=16)
print(z)
