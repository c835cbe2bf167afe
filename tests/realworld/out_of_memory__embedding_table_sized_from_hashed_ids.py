# source: https://github.com/allenai/bilm-tf/issues/53
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 1:5, 2:1
# raise: 2:5
# culprit: user_table | vocab_size
# expect: vocab_size is taken from the largest user id (a hashed 41-bit value), so user_table asks for [2**40+6, 64] floats (~280 TB) and its initializer cannot allocate it; map ids to a dense range (or use a hash bucket count) before sizing the table.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
user_ids = np.array([3, 17, 2**40 + 5, 42])
vocab_size = int(user_ids.max()) + 1
print("vocabulary:", vocab_size)
# %%
user_table = tf.Variable(tf.random.uniform([vocab_size, 64]), name="user_table")
user_vecs = tf.nn.embedding_lookup(user_table, user_ids)
sess = tf.compat.v1.Session()
print("initializing")
sess.run(tf.compat.v1.global_variables_initializer())
