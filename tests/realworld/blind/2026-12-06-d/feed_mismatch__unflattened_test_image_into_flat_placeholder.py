# source: https://github.com/c1mone/Tensorflow-101/issues/6
# family: feed_mismatch
# raises: ValueError
# cause: 3:2
# raise: 3:4
# culprit: probe_img | x_flat
# expect: The network's input placeholder is flat, shape (?, 1024), but the probe image was only normalized, not flattened, so it is fed with shape (1, 32, 32, 1). Reshape it with probe_img.reshape(1, 1024) (or reshape inside the graph).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(2)
train_imgs = rng.random((200, 32, 32, 1), dtype=np.float32)
train_y = np.eye(5, dtype=np.float32)[rng.integers(0, 5, 200)]
train_flat = train_imgs.reshape(len(train_imgs), -1)
# %%
x_flat = tf.compat.v1.placeholder(tf.float32, shape=[None, 1024])
y_true = tf.compat.v1.placeholder(tf.float32, shape=[None, 5])
W = tf.Variable(tf.zeros([1024, 5]))
b = tf.Variable(tf.zeros([5]))
y_prob = tf.nn.softmax(tf.matmul(x_flat, W) + b)
xent = tf.reduce_mean(-tf.reduce_sum(y_true * tf.math.log(y_prob + 1e-9), axis=1))
step = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(xent)
sess = tf.compat.v1.InteractiveSession()
sess.run(tf.compat.v1.global_variables_initializer())
for i in range(0, 200, 50):
    sess.run(step, {x_flat: train_flat[i:i + 50], y_true: train_y[i:i + 50]})
# %%
raw = rng.integers(0, 256, size=(1, 32, 32, 1))
probe_img = raw.astype(np.float32) / 255.0
pred_class = tf.argmax(y_prob, axis=1)
print(pred_class.eval(feed_dict={x_flat: probe_img}))
