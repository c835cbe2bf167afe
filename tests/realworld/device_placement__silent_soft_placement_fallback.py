# source: https://github.com/tensorflow/tensorflow/issues/2292
# family: device_placement
# raises: NONE
# cause: 1:5
# raise: NONE
# culprit: /gpu:1 | GPU:1
# expect: The tower is pinned to /gpu:1, which does not exist here; with allow_soft_placement=True TensorFlow silently runs it on the CPU. Warn that the requested device was not used.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.device("/gpu:1"):
    tower_w = tf.Variable(tf.random.normal([32, 32]), name="tower_w")
    tower_out = tf.matmul(tf.ones([4, 32]), tower_w)
config = tf.compat.v1.ConfigProto(allow_soft_placement=True)
with tf.compat.v1.Session(config=config) as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    result = sess.run(tower_out)
print(result.shape)
