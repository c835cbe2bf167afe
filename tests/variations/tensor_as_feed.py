# family: feed_mismatch
# raises: TypeError
# culprit: batch
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
inputs = tf.placeholder(tf.float32, [None, 3])
out = tf.reduce_sum(inputs)
batch = tf.ones([2, 3])  # <- cause
sess = tf.Session()
sess.run(out, feed_dict={inputs: batch})  # <- raises
