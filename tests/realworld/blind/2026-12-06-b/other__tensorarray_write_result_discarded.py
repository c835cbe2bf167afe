# source: https://github.com/tensorflow/tensorflow/issues/3663
# family: other
# raises: InvalidArgumentError
# cause: 1:9
# raise: 3:1
# culprit: attention_tracker | write
# expect: TensorArray.write returns a new TensorArray; the loop discards it, so attention_tracker stays empty, stack() gives a (0, 2) tensor and the reshape to (steps * 2,) fails. Reassign it: attention_tracker = attention_tracker.write(t, c).
# %%
import numpy as np
import tensorflow as tf
STEPS = 6

@tf.function
def track_attention(scores):
    attention_tracker = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
    for t in tf.range(STEPS):
        c = tf.nn.softmax(scores[t])
        attention_tracker.write(t, c)
    stacked = attention_tracker.stack()
    return tf.reshape(stacked, [STEPS * 2])
# %%
scores = tf.random.normal((STEPS, 2), seed=1)
print(scores.shape)
# %%
flat = track_attention(scores)
flat.numpy()
