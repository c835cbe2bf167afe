# source: https://github.com/tensorflow/tensorflow/issues/1511
# family: missing_gradient
# raises: ValueError
# cause: 3:2
# raise: 3:5
# culprit: y_conv | softmax_cross_entropy_with_logits
# expect: The loss passes the network output as labels= and the label placeholder y_ as logits=; softmax_cross_entropy_with_logits does not backpropagate into labels, so no variable gets a gradient and minimize raises "No gradients provided". Swap them: labels=y_, logits=y_conv.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 28, 28, 1])
y_ = tf.compat.v1.placeholder(tf.float32, [None, 10])
# %%
def conv_net(images):
    k = tf.Variable(tf.random.truncated_normal([5, 5, 1, 8], stddev=0.1), name="conv_k")
    h = tf.nn.relu(tf.nn.conv2d(images, k, strides=[1, 2, 2, 1], padding="SAME"))
    flat = tf.reshape(h, [-1, 14 * 14 * 8])
    w = tf.Variable(tf.random.truncated_normal([14 * 14 * 8, 10], stddev=0.1), name="fc_w")
    b = tf.Variable(tf.constant(0.1, shape=[10]), name="fc_b")
    return tf.matmul(flat, w) + b

y_conv = conv_net(x)
# %%
with tf.name_scope("loss"):
    per_example = tf.compat.v1.nn.softmax_cross_entropy_with_logits(logits=y_, labels=y_conv)
    cross_entropy = tf.reduce_mean(per_example)
with tf.name_scope("adam_optimizer"):
    train_step = tf.compat.v1.train.AdamOptimizer(1e-4).minimize(cross_entropy)
