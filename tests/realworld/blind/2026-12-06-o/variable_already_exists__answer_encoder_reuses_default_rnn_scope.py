# source: https://github.com/tensorflow/tensorflow/issues/13341
# family: variable_already_exists
# raises: ValueError
# cause: 3:2, 2:2
# raise: 3:2
# culprit: rnn/lstm_cell/kernel | dynamic_rnn
# env: TF_USE_LEGACY_KERAS=1
# expect: both dynamic_rnn calls build their LSTM under the same default scope "rnn", so the answer encoder tries to create rnn/lstm_cell/kernel a second time; give each encoder its own scope (scope="question_rnn" / scope="answer_rnn") or reuse the first encoder on purpose.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VOCAB, EMB, HIDDEN = 50, 8, 16
question_ids = tf.compat.v1.placeholder(tf.int32, [None, 7], name="question_ids")
answer_ids = tf.compat.v1.placeholder(tf.int32, [None, 9], name="answer_ids")
embed_table = tf.compat.v1.get_variable("embed_table", [VOCAB, EMB])
q_vecs = tf.nn.embedding_lookup(embed_table, question_ids)
a_vecs = tf.nn.embedding_lookup(embed_table, answer_ids)
# %%
q_cell = tf.compat.v1.nn.rnn_cell.LSTMCell(HIDDEN)
q_outputs, q_state = tf.compat.v1.nn.dynamic_rnn(q_cell, q_vecs, dtype=tf.float32)
print(q_state.h)
# %%
a_cell = tf.compat.v1.nn.rnn_cell.LSTMCell(HIDDEN)
a_outputs, a_state = tf.compat.v1.nn.dynamic_rnn(a_cell, a_vecs, dtype=tf.float32)
match_score = tf.reduce_sum(q_state.h * a_state.h, axis=1)
