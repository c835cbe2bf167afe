# source: https://github.com/tensorflow/tensorflow/issues/20516
# family: checkpoint_mismatch
# raises: NONE
# cause: 2:2
# raise: NONE
# culprit: net | model
# expect: The checkpoint was written with tf.train.Checkpoint(model=trained) but is restored through tf.train.Checkpoint(net=served): objects are matched by attribute name, so nothing matches, nothing is restored, and served keeps its random initial weights; restore() raises nothing (TensorFlow only logs unrestored values when the objects are deleted). Restore with the same key: tf.train.Checkpoint(model=served), and check with status.assert_existing_objects_matched().
# %%
import tempfile
import tensorflow as tf
import keras

def make_ranker():
    return keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])

trained = make_ranker()
trained.compile(optimizer="adam", loss="mse")
trained.fit(tf.random.normal([32, 10]), tf.random.normal([32, 1]), epochs=1, verbose=0)
save_path = tf.train.Checkpoint(model=trained).save(tempfile.mkdtemp() + "/ranker")
# %%
served = make_ranker()
status = tf.train.Checkpoint(net=served).restore(save_path)
scores = served(tf.random.normal([4, 10]))
