# source: https://github.com/Hvass-Labs/TensorFlow-Tutorials/issues/104
# family: feed_mismatch
# raises: ValueError
# cause: 2:5
# raise: 4:6
# culprit: x | Reshape:0
# expect: x = tf.reshape(x, ...) rebinds the name x from the flat [None, 784] placeholder to the Reshape tensor of shape (?, 28, 28, 1), so the feed {x: batch} targets Reshape:0 and a (36, 784) batch does not fit it. Keep the placeholder under its own name (x_flat) and feed that, using a separate name for the reshaped image tensor.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

img_h = img_w = 28
flat_pixels = img_h * img_w
n_classes = 10
rng = np.random.default_rng(5)
train_images = rng.random((180, flat_pixels), dtype=np.float32)
train_labels = np.eye(n_classes, dtype=np.float32)[rng.integers(0, n_classes, 180)]
# %%
tf.compat.v1.reset_default_graph()
x = tf.compat.v1.placeholder(tf.float32, shape=[None, flat_pixels], name="X")
y = tf.compat.v1.placeholder(tf.float32, shape=[None, n_classes], name="Y")

x = tf.reshape(x, shape=[-1, img_h, img_w, 1])
# %%
def conv_block(inputs, filters, name):
    with tf.compat.v1.variable_scope(name, reuse=tf.compat.v1.AUTO_REUSE):
        kernel = tf.compat.v1.get_variable("kernel", [3, 3, inputs.shape[-1], filters])
        out = tf.nn.relu(tf.nn.conv2d(inputs, kernel, strides=1, padding="SAME"))
        return tf.nn.max_pool2d(out, ksize=2, strides=2, padding="SAME")

features = conv_block(conv_block(x, 8, "conv1"), 16, "conv2")
flat = tf.reshape(features, [-1, 7 * 7 * 16])
w_dense = tf.compat.v1.get_variable("dense_w", [7 * 7 * 16, n_classes])
logits = tf.matmul(flat, w_dense)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
optimizer = tf.compat.v1.train.AdamOptimizer(1e-4).minimize(loss)
# %%
batch_size = 36
with tf.compat.v1.Session() as session:
    session.run(tf.compat.v1.global_variables_initializer())
    for start in range(0, 180, batch_size):
        feed = {x: train_images[start:start + batch_size], y: train_labels[start:start + batch_size]}
        session.run(optimizer, feed_dict=feed)
