# family: checkpoint_mismatch
# raises: NONE
# culprit: status
import os, tempfile
import tensorflow as tf
folder = tempfile.mkdtemp()
trained = tf.keras.Sequential([tf.keras.layers.Dense(2)])
trained(tf.zeros([1, 3]))
saved_at = tf.train.Checkpoint(encoder=trained).save(os.path.join(folder, "ckpt"))
fresh = tf.keras.Sequential([tf.keras.layers.Dense(2)])
fresh(tf.zeros([1, 3]))
status = tf.train.Checkpoint(decoder=fresh).restore(saved_at)  # <- cause
print(fresh.layers[0].kernel.numpy().sum())
