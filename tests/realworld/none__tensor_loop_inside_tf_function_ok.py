# source: https://github.com/tensorflow/tensorflow/issues/60153
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. A Python for loop over tf.range and an if on a tensor inside a tf.function look like graph-mode errors, but AutoGraph converts them to tf.while_loop / tf.cond, and the results go through a tf.TensorArray rather than a Python list. No error and no warning.
# %%
import tensorflow as tf

@tf.function
def running_peaks(series):
    peaks = tf.TensorArray(tf.float32, size=tf.shape(series)[0])
    best = series[0]
    for t in tf.range(tf.shape(series)[0]):
        if series[t] > best:
            best = series[t]
        peaks = peaks.write(t, best)
    return peaks.stack()

peaks = running_peaks(tf.random.normal([20]))
