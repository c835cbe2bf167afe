# source: https://github.com/tensorflow/tensorflow/issues/3168
# family: none
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: local_variables_initializer
# expect: nothing to report: the streaming accuracy's local total/count variables are initialized by the grouped init op, which is run after the metric was created.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(21)
pixels = rng.rand(90, 20).astype(np.float32)
digits = rng.randint(0, 3, 90)
x = tf.compat.v1.placeholder(tf.float32, [None, 20])
y = tf.compat.v1.placeholder(tf.int64, [None])
W = tf.Variable(tf.zeros([20, 3]))
logits = tf.matmul(x, W)
acc, acc_update = tf.compat.v1.metrics.accuracy(labels=y, predictions=tf.argmax(logits, 1))
# %%
init_op = tf.group(tf.compat.v1.global_variables_initializer(),
                   tf.compat.v1.local_variables_initializer())
sess = tf.compat.v1.Session()
sess.run(init_op)
for i in range(0, 90, 30):
    sess.run(acc_update, feed_dict={x: pixels[i:i + 30], y: digits[i:i + 30]})
print("streaming accuracy", sess.run(acc))
