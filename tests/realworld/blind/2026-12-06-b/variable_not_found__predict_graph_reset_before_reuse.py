# source: https://github.com/songgc/TF-recomm/issues/5
# family: variable_not_found
# raises: ValueError
# cause: 3:4, 3:1
# raise: 3:4
# culprit: bias_global | reuse=True
# expect: Cell 3 resets the default graph and then calls svd_model with reuse=True, so get_variable looks for bias_global in an empty graph ("does not exist"); build the model once without reuse in the new graph (reuse=None / AUTO_REUSE) and restore the trained values.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(11)
ratings = np.stack([rng.integers(0, 30, 200), rng.integers(0, 40, 200), rng.uniform(1, 5, 200)], axis=1)
num_users, num_items, dim = 30, 40, 6
# %%
def svd_model(user_ids, item_ids, reuse=None):
    with tf.compat.v1.variable_scope("svd", reuse=reuse):
        bias_global = tf.compat.v1.get_variable("bias_global", shape=[])
        w_user = tf.compat.v1.get_variable("embd_user", [num_users, dim])
        w_item = tf.compat.v1.get_variable("embd_item", [num_items, dim])
        u = tf.nn.embedding_lookup(w_user, user_ids)
        v = tf.nn.embedding_lookup(w_item, item_ids)
        return tf.reduce_sum(u * v, axis=1) + bias_global

users = tf.compat.v1.placeholder(tf.int32, [None])
items = tf.compat.v1.placeholder(tf.int32, [None])
train_pred = svd_model(users, items)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(train_pred, {users: ratings[:5, 0], items: ratings[:5, 1]}))
# %%
tf.compat.v1.reset_default_graph()
users = tf.compat.v1.placeholder(tf.int32, [None])
items = tf.compat.v1.placeholder(tf.int32, [None])
infer_pred = svd_model(users, items, reuse=True)
