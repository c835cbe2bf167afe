# source: https://github.com/massquantity/LibRecommender/issues/63
# family: variable_already_exists
# raises: ValueError
# cause: 2:9, 2:19
# raise: 4:2
# culprit: bu_var
# expect: fit() builds the model into the default graph with tf.compat.v1.get_variable("bu_var", ...); the first model already created bu_var there, so the second model's fit in the same kernel is refused. Build each model in its own tf.Graph() (or call tf.compat.v1.reset_default_graph() before refitting).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
rng = np.random.default_rng(6)
n_users, n_items = 30, 20
pairs = np.stack([rng.integers(0, n_users, 200), rng.integers(0, n_items, 200)], axis=1)
ratings = rng.uniform(1, 5, 200).astype("float32")
# %%
class BiasedMF:
    def __init__(self, embed_size, lr=0.01, n_epochs=2):
        self.embed_size, self.lr, self.n_epochs = embed_size, lr, n_epochs

    def _build(self):
        self.u_ph = tf1.placeholder(tf.int32, [None])
        self.i_ph = tf1.placeholder(tf.int32, [None])
        self.r_ph = tf1.placeholder(tf.float32, [None])
        bu = tf1.get_variable("bu_var", [n_users], initializer=tf1.zeros_initializer())
        bi = tf1.get_variable("bi_var", [n_items], initializer=tf1.zeros_initializer())
        pu = tf1.get_variable("pu_var", [n_users, self.embed_size])
        qi = tf1.get_variable("qi_var", [n_items, self.embed_size])
        dot = tf.reduce_sum(tf.gather(pu, self.u_ph) * tf.gather(qi, self.i_ph), axis=1)
        pred = tf.gather(bu, self.u_ph) + tf.gather(bi, self.i_ph) + dot
        self.loss = tf.reduce_mean(tf.square(pred - self.r_ph))
        self.train_op = tf1.train.AdamOptimizer(self.lr).minimize(self.loss)

    def fit(self, pairs, r):
        self._build()
        self.sess = tf1.Session()
        self.sess.run(tf1.global_variables_initializer())
        feed = {self.u_ph: pairs[:, 0], self.i_ph: pairs[:, 1], self.r_ph: r}
        for _ in range(self.n_epochs):
            _, l = self.sess.run([self.train_op, self.loss], feed)
        return l
# %%
small = BiasedMF(embed_size=8)
print("embed 8 loss", small.fit(pairs, ratings))
# %%
large = BiasedMF(embed_size=16)
print("embed 16 loss", large.fit(pairs, ratings))
