# source: https://github.com/tensorflow/tensorflow/issues/13668
# family: feed_mismatch
# raises: ValueError
# cause: 3:2, 1:7
# raise: 3:2
# culprit: Y | targets
# expect: The autoencoder's target placeholder Y has shape (None, input_dim) because it reconstructs the input, but train() is given targets, the 1-D label column of shape (128,); pass the feature matrix itself as the reconstruction target.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

table = np.random.default_rng(14).random((256, 13)).astype("float32")
data = table[:, :-1]
targets = table[:, -1]
# %%
class DeepAutoencoder:
    def __init__(self, input_dim, hidden=(8, 3), lr=0.02, batch_size=128):
        self.batch_size = batch_size
        self.X = tf.compat.v1.placeholder("float", [None, input_dim])
        self.Y = tf.compat.v1.placeholder("float", [None, input_dim])
        h = self.X
        for units in hidden + (input_dim,):
            w = tf.Variable(tf.random.normal([int(h.shape[-1]), units], stddev=0.1))
            h = tf.nn.sigmoid(tf.matmul(h, w))
        self.cost = tf.reduce_mean(tf.square(h - self.Y))
        self.opt = tf.compat.v1.train.AdamOptimizer(lr).minimize(self.cost)

    def train(self, data, targets, epochs=2):
        with tf.compat.v1.Session() as sess:
            sess.run(tf.compat.v1.global_variables_initializer())
            for epoch in range(epochs):
                for i in range(0, len(data), self.batch_size):
                    feed = {self.X: data[i:i + self.batch_size], self.Y: targets[i:i + self.batch_size]}
                    sess.run(self.opt, feed_dict=feed)
# %%
ae = DeepAutoencoder(input_dim=data.shape[1])
ae.train(data, targets)
