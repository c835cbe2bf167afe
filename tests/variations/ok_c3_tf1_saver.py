# family: none
# raises: NONE
# culprit: -
import os, tempfile
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
with tf.variable_scope("model"):
    w = tf.get_variable("w", [2, 1])
    b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
pred = tf.matmul(x, w) + b
loss = tf.reduce_mean(tf.square(pred - y))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
acc, acc_op = tf.metrics.mean_absolute_error(y, pred)
saver = tf.train.Saver()
path = os.path.join(tempfile.mkdtemp(), "m.ckpt")
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    for _ in range(3):
        sess.run([train, acc_op], {x: np.ones((4, 2)), y: np.ones((4, 1))})
    saver.save(sess, path)
with tf.Session() as sess:
    saver.restore(sess, path)
    print(sess.run(loss, {x: np.ones((4, 2)), y: np.ones((4, 1))}))
