# source: https://github.com/tensorflow/tensorflow/issues/23815
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:5
# raise: 3:8
# culprit: epoch | Variable
# expect: the restoring graph adds an unnamed counter variable (saved under the key "Variable") that the training graph never had, so Saver.restore cannot find key Variable in the checkpoint; build the Saver over the trained variables only (Saver(var_list=[weights, bias])) or create epoch after the Saver / give it its own saver
# %%
import tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
ckpt_dir = tempfile.mkdtemp()
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 5])
weights = tf.compat.v1.Variable(tf.random.normal([5, 1]), name="weights")
bias = tf.compat.v1.Variable(tf.zeros([1]), name="bias")
pred = tf.matmul(x, weights) + bias
saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
ckpt_path = saver.save(sess, ckpt_dir + "/regressor")
sess.close()
# %%
tf.compat.v1.reset_default_graph()
x = tf.compat.v1.placeholder(tf.float32, [None, 5])
weights = tf.compat.v1.Variable(tf.random.normal([5, 1]), name="weights")
bias = tf.compat.v1.Variable(tf.zeros([1]), name="bias")
epoch = tf.compat.v1.Variable(0, trainable=False)
saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
saver.restore(sess, ckpt_path)
