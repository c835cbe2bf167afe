# source: https://github.com/tensorflow/models/issues/8233
# family: checkpoint_mismatch
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: style_table | [10,128] | NUM_STYLES
# expect: warn that the checkpoint's style_table is [32,128] while the rebuilt graph declares [10,128] (NUM_STYLES = 10); the resource-variable restore silently replaces it with a differently shaped value instead of failing, so rebuild with the trained number of styles.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CKPT = "/tmp/b6_pastiche/model.ckpt"
os.makedirs(os.path.dirname(CKPT), exist_ok=True)
EMB = 128

def build(num_styles):
    style_ids = tf.compat.v1.placeholder(tf.int32, [None], name="style_ids")
    table = tf.compat.v1.get_variable("style_table", [num_styles, EMB])
    gamma = tf.compat.v1.get_variable("gamma", [EMB], initializer=tf.compat.v1.ones_initializer())
    return style_ids, tf.nn.embedding_lookup(table, style_ids) * gamma
# %%
with tf.Graph().as_default():
    build(num_styles=32)
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        saver.save(s, CKPT)
print("trained model saved")
# %%
NUM_STYLES = 10
g = tf.Graph()
with g.as_default():
    style_ids, cond = build(NUM_STYLES)
    saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session(graph=g)
with g.as_default():
    print("Restoring parameters from", CKPT)
    saver.restore(sess, CKPT)
