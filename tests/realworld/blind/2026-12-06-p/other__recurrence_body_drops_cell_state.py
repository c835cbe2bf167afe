# source: https://github.com/NivNayman/ConvGRU2D/issues/2
# family: other
# raises: ValueError
# cause: 2:7
# raise: 3:1
# culprit: step_body | cell | while_loop
# expect: The while_loop carries four loop variables (t, outputs, hidden, cell), but step_body returns only three (it forgets the new cell state), so while_loop fails with "The two structures don't have the same nested structure". Return (t + 1, outputs, new_hidden, new_cell).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

STEPS, FEAT, UNITS = 6, 5, 8
frames = tf.compat.v1.placeholder(tf.float32, [STEPS, None, FEAT], name="frames")
w_in = tf.compat.v1.get_variable("w_in", [FEAT, 4 * UNITS])
w_rec = tf.compat.v1.get_variable("w_rec", [UNITS, 4 * UNITS])
# %%
def step_body(t, outputs, hidden, cell):
    gates = tf.matmul(frames[t], w_in) + tf.matmul(hidden, w_rec)
    i, f, o, g = tf.split(gates, 4, axis=1)
    new_cell = tf.sigmoid(f) * cell + tf.sigmoid(i) * tf.tanh(g)
    new_hidden = tf.sigmoid(o) * tf.tanh(new_cell)
    outputs = outputs.write(t, new_hidden)
    return t + 1, outputs, new_hidden

def step_cond(t, outputs, hidden, cell):
    return t < STEPS

batch = tf.shape(frames)[1]
init_state = tf.zeros([batch, UNITS])
loop_vars = (tf.constant(0), tf.TensorArray(tf.float32, size=STEPS), init_state, init_state)
# %%
_, out_ta, last_hidden, last_cell = tf.compat.v1.while_loop(step_cond, step_body, loop_vars)
sequence_out = out_ta.stack()
