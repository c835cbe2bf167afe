# source: https://github.com/tensorflow/tensorflow/issues/3971
# family: uninitialized_variable
# raises: NotFoundError
# cause: 3:1
# raise: 3:6
# culprit: auc | local_variables_initializer
# expect: tf.compat.v1.metrics.auc keeps its true/false positive counters in LOCAL variables, which global_variables_initializer does not touch; also run tf.compat.v1.local_variables_initializer() before updating the metric.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(5)
clicks_x = rng.randn(200, 12).astype(np.float32)
clicks_y = (rng.rand(200, 1) > 0.7).astype(np.float32)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 12], name="x")
y = tf.compat.v1.placeholder(tf.float32, [None, 1], name="labels_placeholder")
hidden = tf.nn.relu(
    tf.matmul(x, tf.Variable(tf.random.normal([12, 16], stddev=0.1))))
logits = tf.matmul(hidden, tf.Variable(tf.random.normal([16, 1], stddev=0.1)))
probs = tf.sigmoid(logits)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(0.01).minimize(loss)
auc, auc_update = tf.compat.v1.metrics.auc(labels=y, predictions=probs)
# %%
init = tf.compat.v1.global_variables_initializer()
sess = tf.compat.v1.Session()
sess.run(init)
for start in range(0, 200, 50):
    fd = {x: clicks_x[start:start + 50], y: clicks_y[start:start + 50]}
    _, l, _ = sess.run([train_op, loss, auc_update], feed_dict=fd)
print("auc", sess.run(auc))
