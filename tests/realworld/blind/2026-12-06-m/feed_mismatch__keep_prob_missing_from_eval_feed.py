# source: https://github.com/tensorflow/tensorflow/issues/4253
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 4:1, 2:4
# raise: 4:1
# culprit: keep_prob
# expect: The dropout on the input layer depends on the keep_prob placeholder, and the evaluation sess.run feeds only x_in and y_in. Feed keep_prob: 1.0 when evaluating, or declare it with tf.compat.v1.placeholder_with_default(1.0, shape=()).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(8)
train_x = rng.random((64, 30)).astype(np.float32)
train_y = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 64)]
test_x = rng.random((16, 30)).astype(np.float32)
test_y = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 16)]
# %%
def build_softmax_classifier(n_features, n_classes):
    x_in = tf1.placeholder(tf.float32, [None, n_features], name="x_in")
    y_in = tf1.placeholder(tf.float32, [None, n_classes], name="y_in")
    keep_prob = tf1.placeholder(tf.float32, name="keep_prob")
    x_dropped = tf.nn.dropout(x_in, rate=1.0 - keep_prob)
    w = tf1.get_variable("softmax_w", [n_features, n_classes])
    b = tf1.get_variable("softmax_b", [n_classes], initializer=tf1.zeros_initializer())
    logits = tf.matmul(x_dropped, w) + b
    loss = tf.reduce_mean(tf1.nn.softmax_cross_entropy_with_logits_v2(labels=y_in, logits=logits))
    correct = tf.equal(tf.argmax(logits, 1), tf.argmax(y_in, 1))
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
    train_op = tf1.train.AdamOptimizer(0.01).minimize(loss)
    return x_in, y_in, keep_prob, loss, accuracy, train_op

x_in, y_in, keep_prob, loss, accuracy, train_op = build_softmax_classifier(30, 3)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for step in range(3):
    _, l = sess.run([train_op, loss], feed_dict={x_in: train_x, y_in: train_y, keep_prob: 0.8})
    print("step", step, "loss", l)
# %%
test_acc = sess.run(accuracy, feed_dict={x_in: test_x, y_in: test_y})
print("test accuracy", test_acc)
