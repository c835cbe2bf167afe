# source: https://github.com/tensorflow/tensorflow/issues/4877
# family: shape_mismatch
# raises: ValueError
# cause: 2:4
# raise: 3:1
# culprit: logits | dense
# env: TF_USE_LEGACY_KERAS=1
# expect: tf.compat.v1.layers.dense does not flatten its input; applied to the (None, 3, 4) window tensor it returns (None, 3, 1) logits, which cannot be compared with the (None, 1) labels. Flatten the windows first (tf.reshape(window_in, [-1, 12]) or tf.compat.v1.layers.flatten) before the dense layer.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(9)
windows = rng.normal(size=(40, 3, 4)).astype(np.float32)
alarms = (windows.sum(axis=(1, 2)) > 0).astype(np.float32).reshape(-1, 1)
print(windows.shape, alarms.shape)
# %%
window_in = tf.compat.v1.placeholder(tf.float32, shape=(None, 3, 4), name="window_in")
alarm_in = tf.compat.v1.placeholder(tf.float32, shape=(None, 1), name="alarm_in")
hidden = tf.compat.v1.layers.dense(window_in, 16, activation=tf.nn.relu, name="hidden")
logits = tf.compat.v1.layers.dense(hidden, 1, name="logits")
print(logits)
# %%
per_example = tf.nn.sigmoid_cross_entropy_with_logits(labels=alarm_in, logits=logits)
loss = tf.reduce_mean(per_example)
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
