# source: https://github.com/tensorflow/tensorflow/issues/53405
# family: other
# raises: InvalidArgumentError
# cause: 1:4, 1:5
# raise: 2:2
# culprit: price_tensor | feature_scale
# expect: prices is a float64 NumPy array, so tf.convert_to_tensor(prices) is a double tensor; feature_scale is a float32 variable and Mul cannot mix them. Make the data float32 where it is created (np.asarray(..., dtype="float32") or tf.convert_to_tensor(prices, tf.float32)).
# %%
import numpy as np
import tensorflow as tf

prices = np.array([[12.5, 3.0], [8.25, 1.0], [15.0, 4.5]])
price_tensor = tf.convert_to_tensor(prices)
# %%
feature_scale = tf.Variable([0.1, 0.5], name="feature_scale")
scaled = price_tensor * feature_scale
