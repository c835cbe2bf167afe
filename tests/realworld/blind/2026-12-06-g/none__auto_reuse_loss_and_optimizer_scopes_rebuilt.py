# source: https://github.com/guillaume-chevalier/seq2seq-signal-prediction/pull/11
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing to report: the Loss and Optimizer variable scopes are opened with reuse=tf.compat.v1.AUTO_REUSE, so running the graph-building helper a second time in the same notebook reuses loss/l2_coef instead of failing, and the session trains normally.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(34)
seq_in = rng.normal(size=(16, 10)).astype("float32")
seq_out = rng.normal(size=(16, 5)).astype("float32")
enc_ph = tf.compat.v1.placeholder(tf.float32, [None, 10], name="enc_inp")
exp_ph = tf.compat.v1.placeholder(tf.float32, [None, 5], name="expected")
# %%
def build_training(lr=0.01):
    with tf.compat.v1.variable_scope("Seq2seq", reuse=tf.compat.v1.AUTO_REUSE):
        w = tf.compat.v1.get_variable("w", [10, 5])
    pred = tf.matmul(enc_ph, w)
    with tf.compat.v1.variable_scope("Loss", reuse=tf.compat.v1.AUTO_REUSE):
        l2_coef = tf.compat.v1.get_variable("l2_coef", [], initializer=tf.compat.v1.constant_initializer(0.003), trainable=False)
        loss = tf.reduce_mean(tf.square(pred - exp_ph)) + l2_coef * tf.nn.l2_loss(w)
    with tf.compat.v1.variable_scope("Optimizer", reuse=tf.compat.v1.AUTO_REUSE):
        train_op = tf.compat.v1.train.GradientDescentOptimizer(lr).minimize(loss)
    return loss, train_op

loss, train_op = build_training()
# re-running the cell after tweaking the learning rate
loss, train_op = build_training(lr=0.005)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(3):
        _, l = sess.run([train_op, loss], {enc_ph: seq_in, exp_ph: seq_out})
    print("loss", l)
