# source: https://github.com/google/seq2seq/issues/69
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: TensorArray | MAX_STEPS
# expect: The decode loop writes the start token plus MAX_STEPS generated steps (MAX_STEPS + 1 writes), but the TensorArray was created with size=MAX_STEPS and no dynamic_size, so the last write fails with "Tried to write to index 5 but array is not resizeable and size is: 5"; size it MAX_STEPS + 1 (or dynamic_size=True).
# %%
import numpy as np
import tensorflow as tf

MAX_STEPS = 5
VOCAB = 12
transition = tf.constant(np.random.RandomState(47).rand(VOCAB, VOCAB).astype("float32"))
# %%
@tf.function
def greedy_decode(start_id):
    tokens = tf.TensorArray(tf.int32, size=MAX_STEPS)
    tokens = tokens.write(0, start_id)
    current = start_id
    for step in tf.range(1, MAX_STEPS + 1):
        current = tf.cast(tf.argmax(tf.gather(transition, current)), tf.int32)
        tokens = tokens.write(step, current)
    return tokens.stack()
# %%
decoded = greedy_decode(tf.constant(3))
print(decoded.numpy())
