# source: https://github.com/ray-project/ray/issues/3043
# family: none
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: zero_obs
# expect: nothing is wrong: zero_obs is rebound to the NumPy array returned by sess.run before it is fed, so obs_ph receives an ndarray of shape (10, 10), not a tf.Tensor; no diagnosis should be raised
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
# %%
obs_ph = v1.placeholder(tf.float32, [10, 10], name="obs_ph")
zero_obs = tf.zeros([10, 10], dtype=tf.float32)
doubled = obs_ph * 2.0 + 1.0
sess = v1.Session()
# %%
zero_obs = sess.run(zero_obs)
print(sess.run(doubled, feed_dict={obs_ph: zero_obs}).sum())
