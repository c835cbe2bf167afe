# source: https://github.com/AFAgarap/feed-forward-neural-network/issues/2
# family: feed_mismatch
# raises: ValueError
# cause: 1:6, 2:2, 3:3
# raise: 3:3
# culprit: target_in | demand
# expect: demand is built as a flat vector of shape (N,), while target_in is declared [None, 1], so feeding a (16,) slice fails with "Cannot feed value of shape (16,)"; reshape the targets to (-1, 1) when loading or in the feed (or declare the placeholder as [None]).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.RandomState(12)
weather = rng.rand(64, 4).astype(np.float32)
demand = (weather @ np.array([3.0, -1.0, 0.5, 2.0], np.float32) + 0.1).astype(np.float32)
print(weather.shape, demand.shape)
# %%
weather_in = tf.compat.v1.placeholder(tf.float32, [None, 4], name="weather_in")
target_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target_in")
w = tf.Variable(tf.zeros([4, 1]), name="w")
mse = tf.reduce_mean(tf.square(tf.matmul(weather_in, w) - target_in))
step_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(mse)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for epoch in range(2):
    for i in range(0, 64, 16):
        sess.run(step_op, feed_dict={weather_in: weather[i:i + 16], target_in: demand[i:i + 16]})
    print(epoch, sess.run(mse, {weather_in: weather, target_in: demand.reshape(-1, 1)}))
