# family: checkpoint_mismatch
# raises: ValueError
# culprit: HIDDEN
import os
import tempfile
import tensorflow as tf
HIDDEN = 8
def projection(width):
    return tf.Variable(tf.zeros([4, width]), name="proj")
path = tf.train.Checkpoint(w=projection(HIDDEN)).write(os.path.join(tempfile.mkdtemp(), "ck"))
HIDDEN = 16  # <- cause
tf.train.Checkpoint(w=projection(HIDDEN)).restore(path)  # <- raises
