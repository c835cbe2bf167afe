# source: https://github.com/arundasan91/DeXpression/issues/3
# family: feed_mismatch
# raises: ValueError
# cause: 2:1, 2:3
# raise: 3:4
# culprit: y | NUM_CLASSES
# expect: the labels are one-hot with 8 columns (emotion ids 0..7) but the placeholder y was declared with NUM_CLASSES = 7 columns; the fed (16, 8) batch does not fit (?, 7); set NUM_CLASSES = 8 so the placeholder and the weight matrix match the data
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(0)
faces = rng.random((64, 48 * 48)).astype("float32")
emotion_ids = rng.integers(0, 8, size=64)
onehot = np.eye(8, dtype="float32")[emotion_ids]
# %%
NUM_CLASSES = 7
x = tf.compat.v1.placeholder(tf.float32, [None, 48 * 48], name="x")
y = tf.compat.v1.placeholder(tf.float32, [None, NUM_CLASSES], name="y")
w = tf.compat.v1.get_variable("w", [48 * 48, NUM_CLASSES])
logits = tf.matmul(x, w)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for start in range(0, 64, 16):
    sess.run(train_op, feed_dict={x: faces[start:start + 16], y: onehot[start:start + 16]})
