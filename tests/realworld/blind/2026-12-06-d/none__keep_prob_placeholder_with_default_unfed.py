# source: https://github.com/tensorflow/tensorflow/issues/17913
# family: none
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: keep_prob
# expect: Control: keep_prob is a placeholder_with_default(1.0), so leaving it out of the inference feed_dict is correct (dropout disabled); nothing to report.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(30)
digits = rng.random((120, 64), dtype=np.float32)
onehot = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 120)]
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 64], name="x_in")
y_in = tf.compat.v1.placeholder(tf.float32, [None, 10], name="y_in")
keep_prob = tf.compat.v1.placeholder_with_default(1.0, shape=(), name="keep_prob")
hidden = tf.nn.dropout(x_in, rate=1.0 - keep_prob)
W = tf.Variable(tf.random.normal([64, 10], stddev=0.1))
y_out = tf.identity(tf.matmul(hidden, W), name="y_out")
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_in, logits=y_out))
train = tf.compat.v1.train.AdamOptimizer(1e-2).minimize(loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for i in range(0, 120, 40):
    sess.run(train, {x_in: digits[i:i + 40], y_in: onehot[i:i + 40], keep_prob: 0.5})
# %%
probe = digits[:5]
pred = sess.run(tf.argmax(y_out, 1), feed_dict={x_in: probe})
print(pred)
