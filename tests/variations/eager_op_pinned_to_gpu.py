# family: device_placement
# raises: NONE
# culprit: GPU:0
import tensorflow as tf
a = tf.random.normal([64, 64])
with tf.device("/device:GPU:0"):  # <- cause
    b = tf.matmul(a, a)
print(float(tf.reduce_sum(b)))
