# source: https://github.com/tflearn/tflearn/issues/206
# family: feed_mismatch
# raises: ValueError
# cause: 1:8, 2:2
# raise: 3:4
# culprit: yaw | yaw_in
# expect: yaw = table[:, -2] drops the column axis, so each batch of targets has shape (40,) while the placeholder yaw_in is [None, 1]. Slice with table[:, -2:-1] (or reshape(-1, 1)), or declare the placeholder as [None].
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1
rng = np.random.default_rng(21)
table = rng.random((120, 20)).astype(np.float32)   # 17 pixel features, then pitch, yaw, roll
features = table[:, :17]
yaw = table[:, -2]
print(features.shape, yaw.shape)
# %%
x_in = tf1.placeholder(tf.float32, [None, 17], name="x_in")
yaw_in = tf1.placeholder(tf.float32, [None, 1], name="yaw_in")
w_out = tf1.get_variable("w_out", [17, 1])
b_out = tf1.get_variable("b_out", [1], initializer=tf1.zeros_initializer())
pred = tf.matmul(x_in, w_out) + b_out
loss = tf.reduce_mean(tf.square(pred - yaw_in))
train_op = tf1.train.GradientDescentOptimizer(0.05).minimize(loss)
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
# %%
for start in range(0, 120, 40):
    batch_x = features[start:start + 40]
    batch_y = yaw[start:start + 40]
    _, batch_loss = sess.run([train_op, loss], feed_dict={x_in: batch_x, yaw_in: batch_y})
    print(start, batch_loss)
