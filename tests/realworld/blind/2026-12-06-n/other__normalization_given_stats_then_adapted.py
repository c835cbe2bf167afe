# source: https://github.com/tensorflow/tensorflow/issues/64814
# family: other
# raises: AttributeError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: Normalization | adapt | mean
# expect: The Normalization layer was constructed with explicit mean=5 and variance=4, which makes it a fixed (non-adaptable) layer with no adapt_mean/adapt_variance state; calling adapt() on it then fails with "'Normalization' object has no attribute 'adapt_mean'". Either pass mean/variance or call adapt(), not both.
# %%
import numpy as np
import tensorflow as tf
import keras

daily_sales = tf.constant([3, 4, 5, 6, 7], dtype="float32")
# %%
normalizer = keras.layers.Normalization(mean=5, variance=4, axis=-1)
print(normalizer.get_config()["mean"], normalizer.get_config()["variance"])
# %%
normalizer.adapt(daily_sales)
print(normalizer(daily_sales))
