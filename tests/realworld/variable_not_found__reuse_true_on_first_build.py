# source: https://github.com/pochih/RL-Chatbot/issues/7
# family: variable_not_found
# raises: ValueError
# cause: 2:2, 1:5
# raise: 2:2
# culprit: embedder/table | embedder
# expect: The scope "embedder" is entered with reuse=True the very first time, so get_variable looks up embedder/table instead of creating it; build the first copy with reuse=False (or tf.compat.v1.AUTO_REUSE).
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def embed(token_ids, share):
    with tf.compat.v1.variable_scope("embedder", reuse=share):
        table = tf.compat.v1.get_variable("table", [1000, 32])
    return tf.nn.embedding_lookup(table, token_ids)
# %%
question = tf.compat.v1.placeholder(tf.int32, [None, 12])
question_vecs = embed(question, share=True)
