# source: https://github.com/barronalex/Dynamic-Memory-Networks-in-TensorFlow/issues/4
# family: shape_mismatch
# raises: ValueError
# cause: 2:11, 2:10
# raise: 3:2
# culprit: attention/fc/W | fc
# expect: Both layers of the attention gate call fc() without a name, so under the AUTO_REUSE scope the second (hidden->1) projection asks for the existing attention/fc/W (160x16) with shape (16, 1): "Trying to share variable attention/fc/W, but specified shape (16, 1) and found shape (160, 16)". Give each fc call its own name.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

EMBED = 40
facts = tf.compat.v1.placeholder(tf.float32, [None, EMBED], name="facts")
question = tf.compat.v1.placeholder(tf.float32, [None, EMBED], name="question")
memory = tf.compat.v1.placeholder(tf.float32, [None, EMBED], name="memory")
# %%
def fc(x, units, name="fc", act=None):
    with tf.compat.v1.variable_scope(name):
        W = tf.compat.v1.get_variable("W", [int(x.shape[-1]), units])
        b = tf.compat.v1.get_variable("b", [units], initializer=tf.compat.v1.zeros_initializer())
    out = tf.matmul(x, W) + b
    return act(out) if act is not None else out

def attention_gate(f, q, m):
    feature_vec = tf.concat([f * q, f * m, tf.abs(f - q), tf.abs(f - m)], axis=1)
    hidden = fc(feature_vec, 16, act=tf.nn.tanh)
    return tf.nn.sigmoid(fc(hidden, 1))
# %%
with tf.compat.v1.variable_scope("attention", reuse=tf.compat.v1.AUTO_REUSE):
    gates_pass1 = attention_gate(facts, question, memory)
    gates_pass2 = attention_gate(facts, question, gates_pass1 * memory)
