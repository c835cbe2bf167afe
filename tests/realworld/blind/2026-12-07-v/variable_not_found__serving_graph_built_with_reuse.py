# source: https://jhui.github.io/2017/03/08/TensorFlow-variable-sharing/
# family: variable_not_found
# raises: ValueError
# cause: 3:1, 3:4
# raise: 3:4
# culprit: scorer/w1 | serve_graph
# expect: the serving path opens a brand-new tf.Graph and then calls scorer(..., reuse=True); reuse only finds variables that already exist in the current graph, and the new graph has none, so get_variable reports scorer/w1 does not exist. Build the serving op in train_graph with reuse=True, or build it in the new graph with reuse=False and restore the weights from a checkpoint.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
def scorer(x, reuse=False):
    with tf1.variable_scope("scorer", reuse=reuse):
        h = tf.nn.relu(tf.matmul(x, tf1.get_variable("w1", [4, 8])))
        return tf.matmul(h, tf1.get_variable("w2", [8, 1]))
# %%
train_graph = tf.Graph()
with train_graph.as_default():
    x_train = tf1.placeholder(tf.float32, [None, 4])
    y_train = scorer(x_train)
# %%
serve_graph = tf.Graph()
with serve_graph.as_default():
    x_serve = tf1.placeholder(tf.float32, [None, 4])
    y_serve = scorer(x_serve, reuse=True)
