# source: https://github.com/batzner/indrnn/issues/10
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: dynamic_rnn | rnn/basic_lstm_cell
# env: TF_USE_LEGACY_KERAS=1
# expect: each dynamic_rnn call without a scope creates its weights under the default scope "rnn"; the second experiment's call tries to create rnn/basic_lstm_cell/kernel again and is refused; give the second network its own scope (scope="wide_rnn" or a tf.variable_scope around it) or reset the default graph before rebuilding
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
seq_len, n_in = 10, 2
# %%
inputs_ph = v1.placeholder(tf.float32, [None, seq_len, n_in], name="inputs_ph")
base_cell = v1.nn.rnn_cell.BasicLSTMCell(16)
base_out, base_state = v1.nn.dynamic_rnn(base_cell, inputs_ph, dtype=tf.float32)
base_pred = base_out[:, -1, :1]
# %%
wide_cell = v1.nn.rnn_cell.BasicLSTMCell(64)
wide_out, wide_state = v1.nn.dynamic_rnn(wide_cell, inputs_ph, dtype=tf.float32)
wide_pred = wide_out[:, -1, :1]
