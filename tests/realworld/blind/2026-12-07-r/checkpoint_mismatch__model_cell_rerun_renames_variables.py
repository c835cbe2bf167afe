# source: https://github.com/golbin/TensorFlow-Tutorials/pull/39
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:1
# raise: 3:4
# culprit: W_1 | build_regressor
# expect: build_regressor() is run a second time in the same default graph without tf.compat.v1.reset_default_graph(), so the new variables are named W_1 and b_1 while the checkpoint only holds W and b; the Saver covers all global variables and restore fails with "Key W_1 not found in checkpoint". Reset the default graph (or reuse the first graph) before rebuilding the model for inference.
# %%
import os
import tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
ckpt_dir = tempfile.mkdtemp()

def build_regressor():
    x = tf.compat.v1.placeholder(tf.float32, [None, 3], name="x")
    W = tf.Variable(tf.random.normal([3, 1]), name="W")
    b = tf.Variable(tf.zeros([1]), name="b")
    return x, tf.matmul(x, W) + b
# %%
x, y_hat = build_regressor()
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    ckpt_path = saver.save(sess, os.path.join(ckpt_dir, "regressor.ckpt"))
print(ckpt_path, [v.name for v in tf.compat.v1.global_variables()])
# %%
x, y_hat = build_regressor()
restorer = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
restorer.restore(sess, ckpt_path)
print(sess.run(y_hat, {x: np.ones((2, 3), np.float32)}))
