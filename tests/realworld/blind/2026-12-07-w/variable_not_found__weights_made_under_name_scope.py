# source: https://github.com/jobsjiang/machine-learning
# family: variable_not_found
# raises: ValueError
# cause: 2:1
# raise: 3:2
# culprit: embed_block/table | table
# expect: the embedding table was created with get_variable inside tf.compat.v1.name_scope("embed_block"); name scopes do not prefix get_variable names, so the variable is just "table". The reusing variable_scope("embed_block", reuse=True) then looks for embed_block/table, which does not exist. Create it under tf.compat.v1.variable_scope("embed_block") instead of name_scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
token_ids = np.random.randint(0, 50, size=(8, 10))
# %%
with tf.compat.v1.name_scope("embed_block"):
    table = tf.compat.v1.get_variable("table", [50, 8], initializer=tf.compat.v1.random_uniform_initializer(-0.1, 0.1))
    ids = tf.compat.v1.placeholder(tf.int32, [None, 10], name="ids")
    embedded = tf.nn.embedding_lookup(table, ids)
print(table.name)
# %%
with tf.compat.v1.variable_scope("embed_block", reuse=True):
    shared_table = tf.compat.v1.get_variable("table")
output_logits = tf.matmul(tf.reduce_mean(embedded, 1), tf.transpose(shared_table))
