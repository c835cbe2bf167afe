# source: https://github.com/xionghc/Facial-Expression-Recognition/issues/46
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1
# raise: 3:4
# culprit: Variable | Session
# expect: Training ran in a `with tf.compat.v1.Session()` block that closed, and evaluation opens a brand-new session in which the variables were never initialized (or restored). Reuse the training session, or save with a Saver and restore into the new session before running the softmax.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(48)
faces = rng.random((120, 48 * 48), dtype=np.float32)
emotions = np.eye(7, dtype=np.float32)[rng.integers(0, 7, 120)]
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 48 * 48])
y = tf.compat.v1.placeholder(tf.float32, [None, 7])
W = tf.Variable(tf.zeros([48 * 48, 7]))
b = tf.Variable(tf.zeros([7]))
probs = tf.nn.softmax(tf.matmul(x, W) + b)
xent = tf.reduce_mean(-tf.reduce_sum(y * tf.math.log(probs + 1e-9), axis=1))
train = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(xent)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for i in range(0, 120, 40):
        sess.run(train, {x: faces[i:i + 40], y: emotions[i:i + 40]})
# %%
eval_sess = tf.compat.v1.Session()
probe = faces[:3]
labels = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]
scores = eval_sess.run(probs, feed_dict={x: probe})
