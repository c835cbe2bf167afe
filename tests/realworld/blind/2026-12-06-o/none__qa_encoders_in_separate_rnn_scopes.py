# source: https://github.com/aymericdamien/TensorFlow-Examples/issues/204
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# env: TF_USE_LEGACY_KERAS=1
# expect: control: two dynamic_rnn encoders are built in two different named scopes (question_rnn, answer_rnn), so their LSTM variables do not collide; everything initializes and runs, no finding expected.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VOCAB, EMB, HIDDEN = 40, 6, 10
rng = np.random.default_rng(1)
q_batch = rng.integers(0, VOCAB, size=(4, 7))
a_batch = rng.integers(0, VOCAB, size=(4, 9))

question_ids = tf.compat.v1.placeholder(tf.int32, [None, 7], name="question_ids")
answer_ids = tf.compat.v1.placeholder(tf.int32, [None, 9], name="answer_ids")
embed_table = tf.compat.v1.get_variable("embed_table", [VOCAB, EMB])
# %%
q_cell = tf.compat.v1.nn.rnn_cell.LSTMCell(HIDDEN)
_, q_state = tf.compat.v1.nn.dynamic_rnn(
    q_cell, tf.nn.embedding_lookup(embed_table, question_ids), dtype=tf.float32, scope="question_rnn")
a_cell = tf.compat.v1.nn.rnn_cell.LSTMCell(HIDDEN)
_, a_state = tf.compat.v1.nn.dynamic_rnn(
    a_cell, tf.nn.embedding_lookup(embed_table, answer_ids), dtype=tf.float32, scope="answer_rnn")
match_score = tf.reduce_sum(q_state.h * a_state.h, axis=1)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    scores = sess.run(match_score, {question_ids: q_batch, answer_ids: a_batch})
print(scores.shape, len(tf.compat.v1.trainable_variables()))
