# source: https://github.com/tensorflow/tensorflow/issues/3188
# family: variable_already_exists
# raises: ValueError
# cause: 3:3, 3:4
# raise: 3:4
# culprit: gate_w | gated_cell
# expect: both calls of gated_cell run in the same (root) variable scope, so the second call's get_variable("gate_w") collides with the first; wrap each call in its own tf.compat.v1.variable_scope (e.g. "query_cell" and "doc_cell")
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
def gated_cell(inputs, state, units):
    joined = tf.concat([inputs, state], axis=1)
    gate_w = tf.compat.v1.get_variable("gate_w", [joined.shape[-1], units])
    cand_w = tf.compat.v1.get_variable("cand_w", [joined.shape[-1], units])
    z = tf.sigmoid(tf.matmul(joined, gate_w))
    return z * state + (1 - z) * tf.tanh(tf.matmul(joined, cand_w))
# %%
query = tf.compat.v1.placeholder(tf.float32, [32, 10])
doc = tf.compat.v1.placeholder(tf.float32, [32, 10])
q_state = gated_cell(query, tf.zeros([32, 6]), 6)
d_state = gated_cell(doc, tf.zeros([32, 6]), 6)
