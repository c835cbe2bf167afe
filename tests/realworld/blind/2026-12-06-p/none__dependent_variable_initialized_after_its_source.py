# source: https://github.com/tensorflow/tensorflow/issues/4920
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Correct: row_norms is initialized from the variable item_emb, which looks like the classic uninitialized-dependency bug, but the session runs item_emb.initializer first and only then row_norms.initializer (and the remaining variables), so every read sees an initialized value. No error or warning is expected.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(19)
pretrained_items = rng.normal(size=(25, 6)).astype("float32")
# %%
item_ids = tf.compat.v1.placeholder(tf.int32, [None], name="item_ids")
item_emb = tf.Variable(pretrained_items, name="item_emb")
row_norms = tf.Variable(tf.norm(item_emb, axis=1, keepdims=True), trainable=False, name="row_norms")
scale = tf.compat.v1.get_variable("scale", [], initializer=tf.compat.v1.ones_initializer())
unit_vecs = tf.nn.embedding_lookup(item_emb / row_norms, item_ids) * scale
# %%
sess = tf.compat.v1.Session()
sess.run(item_emb.initializer)
sess.run(row_norms.initializer)
sess.run(scale.initializer)
vecs = sess.run(unit_vecs, {item_ids: [0, 3, 7]})
print(np.linalg.norm(vecs, axis=1))
