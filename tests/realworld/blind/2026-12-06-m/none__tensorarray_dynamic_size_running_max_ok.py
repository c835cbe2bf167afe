# source: https://github.com/tensorflow/tensorflow/issues/46518
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing is wrong: the TensorArray starts with size=0 but dynamic_size=True lets every write past the end grow it, and all writes have the same scalar shape, so the running maximum stacks fine inside tf.function.
# %%
import tensorflow as tf

@tf.function
def running_max(values):
    out = tf.TensorArray(dtype=tf.float32, size=0, dynamic_size=True)
    best = values[0]
    for i in tf.range(tf.shape(values)[0]):
        best = tf.maximum(best, values[i])
        out = out.write(i, best)
    return out.stack()
# %%
daily_peaks = tf.constant([3.0, 1.5, 4.2, 4.0, 5.1, 2.2])
print(running_max(daily_peaks).numpy())
print(running_max(tf.constant([1.0, 0.5])).numpy())
