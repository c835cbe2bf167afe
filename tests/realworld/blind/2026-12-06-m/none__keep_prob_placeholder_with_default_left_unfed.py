# source: https://github.com/tensorflow/tensorflow/issues/19486
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing is wrong: keep_prob is a placeholder_with_default(1.0), so the inference sess.run may leave it out of feed_dict and dropout is then a no-op; training feeds 0.7 explicitly.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(30)
sentences = rng.normal(size=(40, 12)).astype(np.float32)
sentiment = rng.integers(0, 2, size=(40, 1)).astype(np.float32)
# %%
x_in = tf1.placeholder(tf.float32, [None, 12], name="x_in")
y_in = tf1.placeholder(tf.float32, [None, 1], name="y_in")
keep_prob = tf1.placeholder_with_default(1.0, shape=(), name="keep_prob")
w_h = tf1.get_variable("w_h", [12, 16])
h = tf.nn.dropout(tf.nn.relu(tf.matmul(x_in, w_h)), rate=1.0 - keep_prob)
w_o = tf1.get_variable("w_o", [16, 1])
logit = tf.matmul(h, w_o)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_in, logits=logit))
train_op = tf1.train.GradientDescentOptimizer(0.1).minimize(loss)
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for step in range(3):
    sess.run(train_op, feed_dict={x_in: sentences, y_in: sentiment, keep_prob: 0.7})
# %%
probabilities = sess.run(tf.sigmoid(logit), feed_dict={x_in: sentences[:5]})
print(probabilities.ravel())
