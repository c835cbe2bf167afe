# family: checkpoint_mismatch
# raises: AssertionError
# culprit: dense
import os, tempfile
import tensorflow as tf
d = tempfile.mkdtemp()
a = tf.keras.Sequential([tf.keras.layers.Dense(2)]); a(tf.zeros([1, 3]))
path = tf.train.Checkpoint(net=a).save(os.path.join(d, "c"))
b = tf.keras.Sequential([tf.keras.layers.Dense(2)]); b(tf.zeros([1, 3]))
status = tf.train.Checkpoint(model=b).restore(path)  # <- cause
status.assert_consumed()  # <- raises
