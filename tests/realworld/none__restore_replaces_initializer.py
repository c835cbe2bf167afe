# source: https://github.com/liupei101/TFDeepSurv/issues/8
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The second session never runs an initializer, which looks like an uninitialized-variable bug, but Saver.restore assigns every variable of the graph from the checkpoint; nothing is wrong.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
ckpt_dir = tempfile.mkdtemp()
hazard_w = tf.Variable(tf.random.normal([6, 1]), name="hazard_w")
hazard_b = tf.Variable(tf.zeros([1]), name="hazard_b")
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    saver.save(sess, os.path.join(ckpt_dir, "surv"))
# %%
risk = tf.matmul(tf.ones([2, 6]), hazard_w) + hazard_b
with tf.compat.v1.Session() as sess:
    saver.restore(sess, os.path.join(ckpt_dir, "surv"))
    print(sess.run(risk))
