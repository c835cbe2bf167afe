# source: https://github.com/tensorflow/tensorflow/issues/49151
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: normalize_batch has an input_signature with a None batch dimension, so batches of different sizes reuse one concrete function instead of retracing, and the loop variable is a tensor; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(61)
batches = [rng.rand(n, 5).astype("float32") for n in (8, 3, 17, 8, 1)]
trace_count = {"n": 0}
# %%
@tf.function(input_signature=[tf.TensorSpec([None, 5], tf.float32)])
def normalize_batch(x):
    trace_count["n"] += 1
    mean = tf.reduce_mean(x, axis=0, keepdims=True)
    std = tf.math.reduce_std(x, axis=0, keepdims=True) + 1e-6
    return (x - mean) / std
# %%
outputs = [normalize_batch(b) for b in batches]
print([o.shape[0] for o in outputs], "traces:", trace_count["n"])
