# source: https://github.com/tensorflow/tensorflow/issues/4808
# family: uninitialized_variable
# raises: NotFoundError
# cause: 3:2
# raise: 3:4
# culprit: val_acc/total | val_acc/count | local_variables_initializer
# expect: tf.compat.v1.metrics.accuracy keeps its total/count in LOCAL variables, which global_variables_initializer() does not touch; running the update op reads the uninitialized val_acc/total. Also run tf.compat.v1.local_variables_initializer() before the evaluation loop.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(3)
X_val = rng.normal(size=(40, 6)).astype("float32")
y_val = rng.integers(0, 3, size=40)
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 6], name="x_in")
y_in = tf.compat.v1.placeholder(tf.int64, [None], name="y_in")
W = tf.compat.v1.get_variable("W", [6, 3])
logits = tf.matmul(x_in, W)
preds = tf.argmax(logits, axis=1)
acc, acc_update = tf.compat.v1.metrics.accuracy(labels=y_in, predictions=preds, name="val_acc")
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for start in range(0, 40, 10):
    sess.run(acc_update, feed_dict={x_in: X_val[start:start + 10], y_in: y_val[start:start + 10]})
print("val accuracy", sess.run(acc))
