# family: checkpoint_mismatch
# raises: NotFoundError
# culprit: model/w
import os, tempfile
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
d = tempfile.mkdtemp()
g1 = tf.Graph()
with g1.as_default():
    with tf.variable_scope("net"):
        w = tf.get_variable("w", [2])
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        tf.train.Saver().save(s, os.path.join(d, "ck"))
g2 = tf.Graph()
with g2.as_default():
    with tf.variable_scope("model"):  # <- cause
        w2 = tf.get_variable("w", [2])  # <- cause
    with tf.Session() as s:
        tf.train.Saver().restore(s, os.path.join(d, "ck"))  # <- raises
