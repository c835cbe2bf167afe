# source: https://github.com/infocusp/tf_cnnvis/issues/9
# family: feed_mismatch
# raises: ValueError
# cause: 1:6, 3:1
# raise: 3:3
# culprit: images_in | (2, 32, 32, 3)
# expect: images_in was declared with a fixed batch of 2, but a single (1, 32, 32, 3) image is fed; declare the batch dimension as None (or feed the concatenated pair of images).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

PAIR = 2
images_in = tf.compat.v1.placeholder(tf.float32, [PAIR, 32, 32, 3], name="images_in")
# %%
conv_k = tf.Variable(tf.random.normal([3, 3, 3, 6], stddev=0.1), name="conv_k")
relu_maps = tf.nn.relu(tf.nn.conv2d(images_in, conv_k, strides=1, padding="SAME"), name="relu_maps")
rng = np.random.RandomState(0)
img_a = rng.rand(32, 32, 3).astype(np.float32)
img_b = rng.rand(32, 32, 3).astype(np.float32)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
batch = img_a.reshape((1, 32, 32, 3))
print("visualising", batch.shape)
acts = sess.run(relu_maps, feed_dict={images_in: batch})
