# source: https://github.com/GPflow/GPflow/issues/707
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:2, 3:1
# raise: 3:5
# culprit: beta1_power | Adam
# expect: AdamOptimizer.minimize in cell 3 creates beta1_power/beta2_power and the m/v slots after global_variables_initializer already ran in cell 2, so they are uninitialized; build the optimizer before running the initializer (or run it again afterwards).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(7)
sensor = rng.rand(64, 6).astype(np.float32)
target = (sensor.sum(axis=1, keepdims=True) > 3).astype(np.float32)

sensor_in = tf.compat.v1.placeholder(tf.float32, [None, 6], name="sensor_in")
target_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target_in")
w_hidden = tf.Variable(tf.random.normal([6, 12], stddev=0.1), name="w_hidden")
w_out = tf.Variable(tf.random.normal([12, 1], stddev=0.1), name="w_out")
logit = tf.matmul(tf.nn.relu(tf.matmul(sensor_in, w_hidden)), w_out)
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=target_in, logits=logit))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print("initial loss", sess.run(loss, {sensor_in: sensor, target_in: target}))
# %%
train_op = tf.compat.v1.train.AdamOptimizer(learning_rate=0.01).minimize(loss)
for epoch in range(3):
    for start in range(0, 64, 16):
        feed = {sensor_in: sensor[start:start + 16], target_in: target[start:start + 16]}
        sess.run(train_op, feed)
    print(epoch, sess.run(loss, {sensor_in: sensor, target_in: target}))
