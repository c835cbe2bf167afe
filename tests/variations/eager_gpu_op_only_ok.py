# family: none
# raises: NONE
# culprit: -
import tensorflow as tf
with tf.device("/CPU:0"):
    v = tf.Variable(tf.ones([2, 2]), name="on_cpu")
print(tf.reduce_sum(v).numpy())
