# source: https://github.com/tensorflow/serving/issues/703
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 3:2
# raise: 3:2
# culprit: keep_prob
# env: TF_USE_LEGACY_KERAS=1
# expect: The dropout keep probability is a placeholder (keep_prob, cell 1); the training loop feeds it but the evaluation sess.run does not, so TensorFlow asks for a value for keep_prob. Feed keep_prob: 1.0 at evaluation (or make it tf.compat.v1.placeholder_with_default(1.0, [])).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 20], name="x")
y_true = tf.compat.v1.placeholder(tf.int64, [None], name="y_true")
keep_prob = tf.compat.v1.placeholder(tf.float32, name="keep_prob")
h = tf.compat.v1.layers.dense(x, 32, activation=tf.nn.relu)
h = tf.nn.dropout(h, rate=1 - keep_prob)
logits = tf.compat.v1.layers.dense(h, 3)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y_true), tf.float32))
# %%
rng = np.random.default_rng(5)
train_x, train_y = rng.normal(size=(64, 20)).astype("float32"), rng.integers(0, 3, 64)
test_x, test_y = rng.normal(size=(16, 20)).astype("float32"), rng.integers(0, 3, 16)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for step in range(3):
    sess.run(train_op, {x: train_x, y_true: train_y, keep_prob: 0.7})
# %%
eval_feed = {x: test_x, y_true: test_y}
print("test accuracy", sess.run(accuracy, feed_dict=eval_feed))
