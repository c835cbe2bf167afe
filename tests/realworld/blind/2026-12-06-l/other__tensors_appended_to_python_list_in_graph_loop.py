# source: https://github.com/tensorflow/tensorflow/issues/37512
# family: other
# raises: InaccessibleTensorError
# cause: 2:7, 2:4
# raise: 3:1
# culprit: step_outputs | append
# expect: Inside the tf.function the loop over tf.range is converted to a tf.while_loop, and the tensors appended to the Python list step_outputs are created inside the loop body's graph, so tf.stack after the loop cannot reach them. Collect the per-step values in a tf.TensorArray (ta = ta.write(t, value); ta.stack()) instead of a Python list.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(23)
series = rng.normal(size=(4, 12, 3)).astype(np.float32)
cell = keras.layers.GRUCell(6)
cell.build((None, 3))
# %%
@tf.function
def unroll(batch):
    state = [tf.zeros((tf.shape(batch)[0], 6))]
    step_outputs = []
    for t in tf.range(tf.shape(batch)[1]):
        out, state = cell(batch[:, t, :], state)
        step_outputs.append(out)
    return tf.stack(step_outputs, axis=1)
# %%
hidden_seq = unroll(tf.constant(series))
print(hidden_seq.shape)
