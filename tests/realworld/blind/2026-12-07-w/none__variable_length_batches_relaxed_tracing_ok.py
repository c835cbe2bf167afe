# source: https://github.com/tensorflow/tensorflow/issues/38561
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: the step function sees batches of different sequence lengths, which looks like a retracing trap, but the input_signature with a None time axis makes one trace serve every length; the loop runs and the trace count stays at 1. Nothing to report.
# %%
import numpy as np
import tensorflow as tf
encoder = tf.keras.layers.Dense(6)
traces = []
# %%
@tf.function(input_signature=[tf.TensorSpec([None, None, 3], tf.float32)])
def encode_step(batch):
    traces.append(1)
    return tf.reduce_mean(encoder(batch), axis=1)
# %%
for length in (5, 9, 13, 7):
    out = encode_step(np.random.rand(2, length, 3).astype(np.float32))
print(out.shape, len(traces))
