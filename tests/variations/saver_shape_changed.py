# family: checkpoint_mismatch
# raises: InvalidArgumentError
# culprit: embedding
import os, tempfile
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
d = tempfile.mkdtemp()
g1 = tf.Graph()
with g1.as_default():
    emb = tf.get_variable("embedding", [100, 16])
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        tf.train.Saver().save(s, os.path.join(d, "ck"))
g2 = tf.Graph()
with g2.as_default():
    emb = tf.get_variable("embedding", [200, 16])  # <- cause
    with tf.Session() as s:
        tf.train.Saver().restore(s, os.path.join(d, "ck"))  # <- raises
