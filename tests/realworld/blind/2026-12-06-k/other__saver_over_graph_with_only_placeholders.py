# source: https://github.com/tensorflow/tensorflow/issues/21141
# family: other
# raises: ValueError
# cause: 2:1, 2:2, 2:3
# raise: 3:3
# culprit: w1 | w2 | Saver
# expect: The "weights" w1, w2 and b are placeholders fed at run time, so the graph contains no tf.Variable at all and tf.compat.v1.train.Saver() refuses to build ("No variables to save"). Make the parameters variables (tf.Variable / get_variable) if they are to be checkpointed, or export the graph structure with tf.io.write_graph instead of a Saver.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
EXPORT_DIR = tempfile.mkdtemp()
# %%
w1 = tf1.placeholder("float", name="w1")
w2 = tf1.placeholder("float", name="w2")
b = tf1.placeholder("float", name="b")
w3 = tf.add(w1, w2)
w4 = tf.multiply(w3, b, name="op_to_restore")
feed = {w1: 4.0, w2: 8.0, b: 2.0}
# %%
with tf1.Session() as sess:
    sess.run(tf1.global_variables_initializer())
    saver = tf1.train.Saver()
    print(sess.run(w4, feed))
    saver.save(sess, os.path.join(EXPORT_DIR, "my_test_model"), global_step=1000)
