# source: https://github.com/tensorflow/models/issues/2735
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:3
# raise: 2:9
# culprit: classifier | model
# expect: The checkpoint was written with variables under "model/..." (cell 1), but cell 2 rebuilds the network under the scope "classifier", so Saver looks for classifier/dense_w which the checkpoint does not have. Use the same scope, or restore with a name map {"model/dense_w": var, ...}.
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

ckpt_dir = tempfile.mkdtemp()
with tf.compat.v1.variable_scope("model"):
    tf.compat.v1.get_variable("dense_w", [12, 3])
    tf.compat.v1.get_variable("dense_b", [3])
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(sess, os.path.join(ckpt_dir, "clf"))
# %%
tf.compat.v1.reset_default_graph()
features = tf.compat.v1.placeholder(tf.float32, [None, 12])
with tf.compat.v1.variable_scope("classifier"):
    dense_w = tf.compat.v1.get_variable("dense_w", [12, 3])
    dense_b = tf.compat.v1.get_variable("dense_b", [3])
logits = tf.matmul(features, dense_w) + dense_b
restorer = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
restorer.restore(sess, os.path.join(ckpt_dir, "clf"))
