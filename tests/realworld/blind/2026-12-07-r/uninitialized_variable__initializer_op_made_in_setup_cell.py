# source: https://github.com/tensorflow/tensorflow/issues/36648
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 1:4
# raise: 3:3
# culprit: init_all | centroids
# expect: init_all = global_variables_initializer() was created in the setup cell, before centroids and spread existed, so it initializes an empty list and running it leaves the variables uninitialized; reading centroids fails. Create the initializer after the variables are defined (sess.run(tf.compat.v1.global_variables_initializer()) in the session cell).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
init_all = tf.compat.v1.global_variables_initializer()
# %%
centroids = tf.Variable(tf.random.uniform([4, 2]), name="centroids")
spread = tf.Variable(tf.ones([4]), name="spread")
points = tf.compat.v1.placeholder(tf.float32, [None, 2], name="points")
dists = tf.reduce_sum(tf.square(points[:, None, :] - centroids[None]), axis=-1) / spread
assign = tf.argmin(dists, axis=1)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(init_all)
    print(sess.run(centroids))
    print(sess.run(assign, {points: np.random.rand(6, 2)}))
