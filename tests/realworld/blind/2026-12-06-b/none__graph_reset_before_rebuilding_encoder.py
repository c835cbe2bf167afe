# source: https://github.com/google-deepmind/neural-processes/issues/4
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: reset_default_graph
# expect: Nothing to report: the cell that builds the latent encoder starts with tf.compat.v1.reset_default_graph(), so running it a second time in the notebook creates layer_1/kernel etc. in a fresh graph instead of colliding with the first build.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def batch_mlp(inp, sizes, scope):
    with tf.compat.v1.variable_scope(scope):
        h = inp
        for i, size in enumerate(sizes):
            w = tf.compat.v1.get_variable("layer_%d_kernel" % (i + 1), [h.shape[-1], size])
            h = tf.nn.relu(tf.matmul(h, w)) if i < len(sizes) - 1 else tf.matmul(h, w)
        return h
# %%
tf.compat.v1.reset_default_graph()
context = tf.compat.v1.placeholder(tf.float32, [None, 3])
latent = batch_mlp(context, [16, 16, 4], "latent_encoder")
# %%
tf.compat.v1.reset_default_graph()
context = tf.compat.v1.placeholder(tf.float32, [None, 3])
latent = batch_mlp(context, [16, 16, 4], "latent_encoder")
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(latent, {context: np.ones((2, 3), "float32")}).shape)
