# source: https://github.com/maxfrenzel/CompressionVAE/issues/7
# family: feed_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: LearningRate | learning_rate
# expect: train()'s first positional parameter is learning_rate, but the data matrix is passed there, so sess.run feeds a (16, 12) array into the scalar LearningRate placeholder: "Cannot feed value of shape (16, 12) for Tensor LearningRate:0, which has shape ()". The data was already given to the constructor; call compressor.train() (or train(learning_rate=1e-3)).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

class EmbeddingCompressor:
    def __init__(self, X, latent_dim=2, batch_size=16):
        self.X = X
        self.batch_size = batch_size
        dim = X.shape[1]
        self.inputs = tf.compat.v1.placeholder(tf.float32, [None, dim], name="inputs")
        self.lr = tf.compat.v1.placeholder(tf.float32, shape=[], name="LearningRate")
        enc = tf.Variable(tf.random.normal([dim, latent_dim], stddev=0.1), name="enc")
        dec = tf.Variable(tf.random.normal([latent_dim, dim], stddev=0.1), name="dec")
        self.recon = tf.matmul(tf.matmul(self.inputs, enc), dec)
        self.loss = tf.reduce_mean(tf.square(self.recon - self.inputs))
        self.step = tf.compat.v1.train.AdamOptimizer(self.lr).minimize(self.loss)
        self.sess = tf.compat.v1.Session()
        self.sess.run(tf.compat.v1.global_variables_initializer())

    def train(self, learning_rate=1e-3, n_steps=3):
        for i in range(n_steps):
            batch = self.X[i * self.batch_size:(i + 1) * self.batch_size]
            _, l = self.sess.run([self.step, self.loss], feed_dict={self.inputs: batch, self.lr: learning_rate})
        return l
# %%
rng = np.random.RandomState(21)
sentence_vectors = rng.rand(64, 12).astype("float32")
compressor = EmbeddingCompressor(sentence_vectors)
print("compressor ready")
# %%
final_loss = compressor.train(sentence_vectors[:16], n_steps=2)
print(final_loss)
