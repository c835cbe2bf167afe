# source: https://github.com/tensorflow/tensorflow/issues/3475
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:2
# culprit: /job:ps | global_step
# expect: the variables are pinned to "/job:ps/task:0", a device that does not exist in a plain local Session, so the initializer cannot be placed; drop the ps device (or run in a cluster / use tf.compat.v1.train.replica_device_setter with a real server).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(1)
mnist_like = rng.rand(64, 784).astype(np.float32)
labels = rng.randint(0, 10, 64)
# %%
PS_DEVICE = "/job:ps/task:0"
images = tf.compat.v1.placeholder(tf.float32, [None, 784])
with tf.device(PS_DEVICE):
    global_step = tf.Variable(0, name="global_step", trainable=False)
    W = tf.Variable(tf.zeros([784, 10]), name="W")
    b = tf.Variable(tf.zeros([10]), name="b")
logits = tf.matmul(images, W) + b
# %%
sess = tf.compat.v1.Session(config=tf.compat.v1.ConfigProto(log_device_placement=False))
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(logits, feed_dict={images: mnist_like[:2]}).shape)
