# source: https://github.com/dragen1860/Deep-Learning-with-TensorFlow-book/issues/156
# family: other
# raises: AttributeError
# cause: 2:2
# raise: 3:9
# culprit: b1
# expect: b1 was created as a plain tensor (tf.zeros([256])) instead of tf.Variable(tf.zeros([256])), so the update loop's p.assign_sub fails on it: only tf.Variable has assign_sub. Wrap b1 in tf.Variable like the other parameters.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(15)
x_train = rng.random((64, 784), dtype=np.float32)
y_train = tf.one_hot(rng.integers(0, 10, 64), depth=10)
# %%
w1 = tf.Variable(tf.random.truncated_normal([784, 256], stddev=0.1))
b1 = tf.zeros([256])
w2 = tf.Variable(tf.random.truncated_normal([256, 10], stddev=0.1))
b2 = tf.Variable(tf.zeros([10]))
params = [w1, b1, w2, b2]
lr = 0.01
# %%
for step in range(2):
    with tf.GradientTape() as tape:
        tape.watch(params)
        h = tf.nn.relu(x_train @ w1 + b1)
        out = h @ w2 + b2
        loss = tf.reduce_mean(tf.square(out - y_train))
    grads = tape.gradient(loss, params)
    for p, g in zip(params, grads):
        p.assign_sub(lr * g)
