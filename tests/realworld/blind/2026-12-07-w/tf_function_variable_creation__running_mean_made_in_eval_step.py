# source: https://tensorflow.google.cn/guide/function?authuser=0
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 3:3
# culprit: keras.metrics.Mean | batch_mae
# expect: evaluate_batch creates a fresh keras.metrics.Mean (which owns variables) on every call inside the tf.function; the second trace (a batch of a different size) tries to create new variables on a non-first call. Create the metric once outside the function and call reset_state()/update_state() inside it.
# %%
import numpy as np
import tensorflow as tf
import keras
regressor = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1)])
val_x = np.random.rand(50, 5).astype("float32")
val_y = np.random.rand(50, 1).astype("float32")
# %%
@tf.function
def evaluate_batch(x, y):
    batch_mae = keras.metrics.Mean(name="batch_mae")
    batch_mae.update_state(tf.abs(regressor(x) - y))
    return batch_mae.result()
# %%
results = []
for start in (0, 32):
    results.append(evaluate_batch(val_x[start:start + 32], val_y[start:start + 32]))
