# source: https://github.com/google-research/exoplanet-ml/issues/7
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 1:11, 2:4
# raise: 3:1
# culprit: w_price
# expect: the training graph created w_price and b_price from NumPy arrays (float64 by default), so the checkpoint stores doubles, while the serving graph declares them float32; restore fails with "expected dtype float does not equal original dtype double". Cast the initial values to float32 when training (or declare float64 when serving).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(3)
CKPT = "/tmp/b15_price_model/model"

train_graph = tf.Graph()
with train_graph.as_default():
    x_in = tf.compat.v1.placeholder(tf.float64, [None, 4])
    w_price = tf.compat.v1.Variable(rng.normal(scale=0.1, size=(4, 1)), name="w_price")
    b_price = tf.compat.v1.Variable(np.zeros(1), name="b_price")
    y_hat = tf.matmul(x_in, w_price) + b_price
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        print(saver.save(s, CKPT))
# %%
serve_graph = tf.Graph()
with serve_graph.as_default():
    q_in = tf.compat.v1.placeholder(tf.float32, [None, 4])
    w_price = tf.compat.v1.get_variable("w_price", [4, 1], dtype=tf.float32)
    b_price = tf.compat.v1.get_variable("b_price", [1], dtype=tf.float32)
    price = tf.matmul(q_in, w_price) + b_price
    restorer = tf.compat.v1.train.Saver()
serve_sess = tf.compat.v1.Session(graph=serve_graph)
# %%
restorer.restore(serve_sess, CKPT)
print(serve_sess.run(price, {q_in: np.ones((2, 4), np.float32)}))
