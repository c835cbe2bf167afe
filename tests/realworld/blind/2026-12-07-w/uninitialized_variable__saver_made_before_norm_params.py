# source: https://github.com/tensorflow/tensorflow/issues/4734
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:5
# raise: 4:4
# culprit: bn_gamma | saver
# expect: the Saver was constructed before the batch-norm scale and offset variables existed, so it only saves and restores the conv weights; after restoring into a fresh session bn_gamma and bn_beta were never initialized. Build the Saver after the whole model (or run the initializer before restoring).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
scans = np.random.rand(8, 16, 16, 1).astype(np.float32)
ckpt_dir = tempfile.mkdtemp()
# %%
images = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1], name="images")
conv0_w = tf.Variable(tf.random.truncated_normal([3, 3, 1, 4], stddev=0.1), name="conv0_w")
conv0 = tf.nn.conv2d(images, conv0_w, strides=1, padding="SAME")
mean, var = tf.nn.moments(conv0, axes=[0, 1, 2])
saver = tf.compat.v1.train.Saver()
bn_gamma = tf.Variable(tf.ones([4]), name="bn_gamma")
bn_beta = tf.Variable(tf.zeros([4]), name="bn_beta")
normed = tf.nn.batch_normalization(conv0, mean, var, bn_beta, bn_gamma, 1e-3)
output = tf.reduce_mean(tf.nn.relu(normed), axis=[1, 2, 3])
# %%
with tf.compat.v1.Session() as train_sess:
    train_sess.run(tf.compat.v1.global_variables_initializer())
    train_sess.run(output, feed_dict={images: scans})
    saver.save(train_sess, os.path.join(ckpt_dir, "model.ckpt"))
# %%
sess = tf.compat.v1.Session()
saver.restore(sess, os.path.join(ckpt_dir, "model.ckpt"))
print("restored")
scores = sess.run(output, feed_dict={images: scans})
