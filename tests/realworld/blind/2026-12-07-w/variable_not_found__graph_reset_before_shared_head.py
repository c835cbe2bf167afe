# source: https://github.com/pppk520/ml_study
# family: variable_not_found
# raises: ValueError
# cause: 3:1
# raise: 3:4
# culprit: vs/proj | reset_default_graph
# expect: tf.compat.v1.reset_default_graph() at the top of the cell throws away the graph that held vs/proj, so the reuse=True get_variable in the new graph finds nothing to share. Do not reset the graph between building the variables and reusing them (or rebuild vs/proj first in the new graph with reuse off).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
feats = np.random.rand(6, 5).astype(np.float32)
# %%
with tf.compat.v1.variable_scope("vs"):
    proj = tf.compat.v1.get_variable("proj", shape=[5, 3], initializer=tf.compat.v1.constant_initializer(0.5))
inputs = tf.compat.v1.placeholder(tf.float32, [None, 5])
scores = tf.matmul(inputs, proj)
print(proj.name)
# %%
tf.compat.v1.reset_default_graph()
serve_in = tf.compat.v1.placeholder(tf.float32, [None, 5], name="serve_in")
with tf.compat.v1.variable_scope("vs", reuse=True):
    serve_proj = tf.compat.v1.get_variable("proj")
serve_scores = tf.matmul(serve_in, serve_proj)
