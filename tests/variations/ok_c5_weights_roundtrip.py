# family: none
# raises: NONE
# culprit: -
import os, tempfile
import tensorflow as tf
def make():
    return tf.keras.Sequential([tf.keras.Input((5,)), tf.keras.layers.Dense(3), tf.keras.layers.Dense(1)])
a = make()
path = os.path.join(tempfile.mkdtemp(), "a.weights.h5")
a.save_weights(path)
b = make()
b.load_weights(path)
ck = tf.train.Checkpoint(model=a)
saved = ck.save(os.path.join(tempfile.mkdtemp(), "ck"))
status = tf.train.Checkpoint(model=b).restore(saved)
status.assert_existing_objects_matched()
print("ok")
