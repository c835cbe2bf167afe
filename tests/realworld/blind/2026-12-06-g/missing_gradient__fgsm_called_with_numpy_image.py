# source: https://github.com/tensorflow/tensorflow/issues/7930
# family: missing_gradient
# raises: ValueError
# cause: 2:6
# raise: 2:3
# culprit: batch_xs | x_img | fgsm
# expect: fgsm() takes the gradient of the loss with respect to its first argument, but it is called with a numpy image (batch_xs[0]) instead of the input placeholder, so tf.gradients returns [None] and tf.sign(None) fails. Pass the placeholder x_img and feed the image when running adv_x.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(12)
batch_xs = rng.random(size=(8, 784)).astype("float32")
batch_ys = np.eye(10, dtype="float32")[rng.integers(0, 10, size=8)]

x_img = tf.compat.v1.placeholder(tf.float32, [None, 784], name="x_img")
y_true = tf.compat.v1.placeholder(tf.float32, [None, 10], name="y_true")
w_fc = tf.compat.v1.get_variable("w_fc", [784, 10])
y_conv = tf.matmul(x_img, w_fc)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y_conv))
# %%
def fgsm(x, loss, eps):
    grad, = tf.gradients(loss, x)
    signed_grad = tf.sign(grad)
    return tf.clip_by_value(x + eps * signed_grad, 0.0, 1.0)

adv_x = fgsm(batch_xs[0], cost, 0.3)
