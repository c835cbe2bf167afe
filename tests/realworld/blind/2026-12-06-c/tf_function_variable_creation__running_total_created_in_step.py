# source: https://www.codegenes.net/blog/running-the-tensorflow-2-0-code-gives-valueerror-tf-function-decorated-function-tried-to-create-variables-on-non-first-call-what-am-i-doing-wrong
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:4
# raise: 3:3
# culprit: running_sum | accumulate
# expect: accumulate() creates a new tf.Variable (running_sum) every time it is traced, which tf.function forbids after the first trace; create the variable once outside the function (or in __init__ of a tf.Module) and only assign_add inside.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(23)
sensor_chunks = [tf.constant(rng.rand(10, 3).astype("float32")) for _ in range(4)]
# %%
@tf.function
def accumulate(chunk):
    # keep a running per-channel sum of the readings
    running_sum = tf.Variable(tf.zeros([3]), trainable=False, name="running_sum")
    running_sum.assign_add(tf.reduce_sum(chunk, axis=0))
    return running_sum.read_value()
# %%
totals = []
for chunk in sensor_chunks:
    totals.append(accumulate(chunk))
print(totals[-1])
