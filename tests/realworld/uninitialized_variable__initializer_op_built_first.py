# source: https://tutorialexample.com/an-explain-to-sess-runtf-global_variables_initializer-for-beginners-tensorflow-tutorial
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 1:3, 2:1, 2:2
# raise: 4:6
# culprit: scale | shift
# expect: init_all was built in cell 1, before any variable existed, so it initializes nothing; scale and shift, created in cell 2, stay uninitialized. Build global_variables_initializer() after the model (or call it again).
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
init_all = tf.compat.v1.global_variables_initializer()
# %%
scale = tf.Variable(tf.random.normal([3, 3]), name="scale")
shift = tf.Variable(tf.zeros([3]), name="shift")
# %%
features = tf.constant([[1.0, 2.0, 3.0]])
affine = tf.matmul(features, scale) + shift
# %%
with tf.compat.v1.Session() as sess:
    sess.run(init_all)
    print("initialized")
    # the first read of scale/shift
    # happens here
    print(sess.run(affine))
