# source: https://github.com/tflearn/tflearn/issues/1077
# family: feed_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:4
# culprit: x_img | 1
# expect: The images are loaded as RGB (N, 32, 32, 3) but the input placeholder x_img was declared with 1 channel. Declare the placeholder with 3 channels (or convert the images to grayscale before feeding).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
def load_signs(n):
    rng = np.random.default_rng(42)
    imgs = rng.integers(0, 255, size=(n, 32, 32, 3)).astype("float32") / 255.0
    return imgs, rng.integers(0, 43, size=n)
X_train, y_train = load_signs(64)
# %%
x_img = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 1], name="x_img")
y_lbl = tf.compat.v1.placeholder(tf.int64, [None], name="y_lbl")
k = tf.compat.v1.get_variable("conv_k", [3, 3, 1, 8])
feat = tf.reduce_mean(tf.nn.relu(tf.nn.conv2d(x_img, k, 1, "SAME")), [1, 2])
logits = tf.matmul(feat, tf.compat.v1.get_variable("fc", [8, 43]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_lbl, logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for i in range(0, 64, 16):
        _, l = sess.run([train_op, loss], feed_dict={x_img: X_train[i:i + 16], y_lbl: y_train[i:i + 16]})
