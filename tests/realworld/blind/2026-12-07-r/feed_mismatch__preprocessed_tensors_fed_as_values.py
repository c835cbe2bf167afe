# source: https://github.com/tensorflow/tensorflow/issues/4842
# family: feed_mismatch
# raises: TypeError
# cause: 3:4, 3:5
# raise: 4:4
# culprit: std_images | onehot_labels
# expect: std_images and onehot_labels were produced with tf.image.per_image_standardization and tf.one_hot, so they are graph Tensors, not values; feed_dict only accepts NumPy arrays, lists or scalars ("The value of a feed cannot be a tf.Tensor object"). Do the preprocessing in NumPy, or evaluate the tensors first (sess.run([std_images, onehot_labels])) and feed the results — or wire the tensors into the graph instead of using placeholders.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3], name="x_in")
y_in = tf.compat.v1.placeholder(tf.float32, [None, 10], name="y_in")
conv_k = tf.compat.v1.get_variable("conv_k", [3, 3, 3, 16])
conv = tf.nn.relu(tf.nn.conv2d(x_in, conv_k, strides=1, padding="SAME"))
pooled = tf.reduce_mean(conv, axis=[1, 2])
fc_w = tf.compat.v1.get_variable("fc_w", [16, 10])
logits = tf.matmul(pooled, fc_w)
xent = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_in, logits=logits))
step_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(xent)
# %%
rng = np.random.default_rng(17)
raw_images = rng.integers(0, 255, size=(20, 32, 32, 3)).astype(np.float32)
raw_labels = rng.integers(0, 10, size=20)
std_images = tf.image.per_image_standardization(raw_images)
onehot_labels = tf.one_hot(raw_labels, depth=10)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for epoch in range(2):
    _, xent_value = sess.run([step_op, xent], feed_dict={x_in: std_images, y_in: onehot_labels})
    print(epoch, xent_value)
