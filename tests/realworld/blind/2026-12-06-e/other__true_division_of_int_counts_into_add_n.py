# source: https://github.com/tensorflow/tensorflow/issues/39165
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:3
# culprit: click_rate | add_n | float64
# expect: tf.math.divide on two int32 tensors returns float64, so click_rate is float64 while impressions_boost is int32, and tf.math.add_n refuses mixed dtypes. Cast both terms to one float dtype (e.g. tf.cast(..., tf.float32)) before summing.
# %%
import tensorflow as tf
clicks = tf.constant([6, 12, 3], name="clicks")
views = tf.constant([30, 40, 15], name="views")
boost = tf.constant([3, 1, 2], name="boost")
# %%
impressions_boost = tf.multiply(clicks, boost, name="impressions_boost")
print(impressions_boost.dtype)
click_rate = tf.math.divide(clicks, views, name="click_rate")
# %%
print("rate:", click_rate.numpy())
for weight in [1, 2]:
    score = tf.math.add_n([impressions_boost * weight, click_rate], name="score")
