# source: https://github.com/tensorflow/tensorflow/issues/7700
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: TensorArray
# expect: Nothing to report: the loop reassigns the TensorArray returned by write (ta = ta.write(i, ...)), so stack() returns all ten rows.
# %%
import tensorflow as tf
ARR_SIZE = 10

@tf.function
def running_scores(x):
    ta = tf.TensorArray(tf.float32, size=ARR_SIZE)
    total = tf.constant(0.0)
    for i in tf.range(ARR_SIZE):
        total += x[i]
        ta = ta.write(i, total)
    return ta.stack()
# %%
out = running_scores(tf.range(10, dtype=tf.float32))
print(out.shape, out.numpy()[-1])
