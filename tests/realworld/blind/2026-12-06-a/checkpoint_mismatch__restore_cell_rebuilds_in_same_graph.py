# source: https://github.com/tensorflow/tensorflow/issues/11097
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:1
# raise: 3:4
# culprit: dec_w_1 | enc_w_1 | build_autoencoder
# expect: The restore cell calls build_autoencoder() again in the same default graph, so the new variables are renamed enc_w_1/dec_w_1 and the new Saver looks for keys the checkpoint does not have; call tf.compat.v1.reset_default_graph() before rebuilding (or restore with the first graph's saver).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

readings = np.random.default_rng(2).normal(size=(32, 10)).astype("float32")

def build_autoencoder():
    x = tf.compat.v1.placeholder(tf.float32, [None, 10], name="x")
    enc_w = tf.Variable(tf.random.normal([10, 4], stddev=0.1), name="enc_w")
    dec_w = tf.Variable(tf.random.normal([4, 10], stddev=0.1), name="dec_w")
    recon = tf.matmul(tf.tanh(tf.matmul(x, enc_w)), dec_w)
    return x, recon
# %%
x, recon = build_autoencoder()
mse = tf.reduce_mean(tf.square(recon - x))
step = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(mse)
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(5):
        sess.run(step, {x: readings})
    ckpt_path = saver.save(sess, "/tmp/blind_a_autoencoder.ckpt")
# %%
x2, recon2 = build_autoencoder()
restorer = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as sess:
    restorer.restore(sess, ckpt_path)
    codes = sess.run(recon2, {x2: readings[:4]})
