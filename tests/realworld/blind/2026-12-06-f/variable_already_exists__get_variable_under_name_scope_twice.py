# source: https://github.com/dennybritz/cnn-text-classification-tf/issues/112
# family: variable_already_exists
# raises: ValueError
# cause: 2:3, 2:4
# raise: 3:2
# culprit: output/W_proj | W_proj | name_scope
# expect: tf.name_scope does not prefix or share tf.compat.v1.get_variable names, so building the scoring head a second time tries to create output/W_proj again; use tf.compat.v1.variable_scope("output", reuse=tf.compat.v1.AUTO_REUSE) (or build once) instead of name_scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

cfg = {"vocab": 500, "embed": 16, "seq_len": 12, "classes": 3, "filters": 8}
rng = np.random.RandomState(3)
tokens = rng.randint(0, cfg["vocab"], size=(20, cfg["seq_len"]))
# %%
def text_head(pooled, num_classes):
    in_dim = pooled.shape[-1]
    with tf.name_scope("output"):
        W_proj = tf.compat.v1.get_variable(
            "W_proj", shape=[in_dim, num_classes],
            initializer=tf.compat.v1.glorot_uniform_initializer())
        b = tf.Variable(tf.constant(0.1, shape=[num_classes]), name="b")
        return tf.compat.v1.nn.xw_plus_b(pooled, W_proj, b, name="scores")

def encode(ids):
    x = tf.nn.embedding_lookup(embedding, ids)
    return tf.reduce_max(x, axis=1)

embedding = tf.Variable(tf.random.uniform([cfg["vocab"], cfg["embed"]], -1, 1), name="embedding")
train_ids = tf.compat.v1.placeholder(tf.int32, [None, cfg["seq_len"]], name="train_ids")
train_scores = text_head(encode(train_ids), cfg["classes"])
print(train_scores)
# %%
dev_ids = tf.compat.v1.placeholder(tf.int32, [None, cfg["seq_len"]], name="dev_ids")
dev_scores = text_head(encode(dev_ids), cfg["classes"])
