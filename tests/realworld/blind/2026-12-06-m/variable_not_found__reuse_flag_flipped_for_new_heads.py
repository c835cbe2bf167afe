# source: https://github.com/tensorflow/tensorflow/issues/537
# family: variable_not_found
# raises: ValueError
# cause: 3:4, 2:2
# raise: 3:4
# culprit: attention/topic/proj | reuse
# expect: Each head builds its own variables under attention/<head>/, but the loop passes reuse=True from the second head on, so get_variable looks up attention/topic/proj, which was never created. Only reuse variables that exist: pass reuse=tf.compat.v1.AUTO_REUSE (or None) for new heads.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(11)
encoder_states = rng.normal(size=(6, 16)).astype(np.float32)
# %%
def attention_head(states, head_name, reuse):
    with tf1.variable_scope("attention", reuse=reuse):
        with tf1.variable_scope(head_name):
            proj = tf1.get_variable("proj", [16, 8])
            score = tf1.get_variable("score", [8, 1])
    return tf.matmul(tf.tanh(tf.matmul(states, proj)), score)

states_in = tf1.placeholder(tf.float32, [None, 16], name="states_in")
# %%
head_names = ["syntax", "topic", "tone"]
head_scores = []
for i, head in enumerate(head_names):
    head_scores.append(attention_head(states_in, head, reuse=(i > 0)))
combined = tf.concat(head_scores, axis=1)
