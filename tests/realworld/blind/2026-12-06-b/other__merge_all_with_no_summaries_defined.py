# source: https://github.com/adeshpande3/LSTM-Sentiment-Analysis/issues/14
# family: other
# raises: TypeError
# cause: 2:1
# raise: 3:5
# culprit: merged | merge_all
# expect: tf.compat.v1.summary.merge_all() returns None because no summary op (e.g. tf.compat.v1.summary.scalar) was created before it, so sess.run(merged, ...) fails with "Fetch argument None has invalid type". Add the scalar summaries before merge_all (or do not fetch merged).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
batch_size, max_len, n_classes = 8, 10, 2
input_data = tf.compat.v1.placeholder(tf.float32, [batch_size, max_len, 5])
labels = tf.compat.v1.placeholder(tf.float32, [batch_size, n_classes])
pooled = tf.reduce_mean(input_data, axis=1)
weight = tf.Variable(tf.random.truncated_normal([5, n_classes]))
prediction = tf.matmul(pooled, weight)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=prediction, labels=labels))
optimizer = tf.compat.v1.train.AdamOptimizer().minimize(loss)
# %%
merged = tf.compat.v1.summary.merge_all()
writer = tf.compat.v1.summary.FileWriter("/tmp/b2_sentiment_logs")
# %%
sess = tf.compat.v1.InteractiveSession()
sess.run(tf.compat.v1.global_variables_initializer())
rng = np.random.default_rng(1)
next_batch, next_labels = rng.random((batch_size, max_len, 5)), np.eye(2)[rng.integers(0, 2, batch_size)]
summary = sess.run(merged, {input_data: next_batch, labels: next_labels})
