# source: https://github.com/tensorflow/tensorflow/issues/21216
# family: checkpoint_mismatch
# raises: NONE
# cause: 2:5, 2:7
# raise: NONE
# culprit: encoder_v2 | dense
# expect: The checkpoint holds the two Dense layers of the first model; encoder_v2 appends a third Dense, which has nothing to restore, so the restore is partial: the first two layers get their trained weights and the new head keeps its random initialisation, without an error (status.assert_consumed() would fail). Warn that the restore matched only part of encoder_v2, naming the unrestored layer; check with status.assert_existing_objects_matched() and train or load the new head separately.
# %%
import tempfile
import tensorflow as tf
import keras

encoder_v1 = keras.Sequential([keras.Input(shape=(12,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(4)])
encoder_v1.compile(optimizer="adam", loss="mse")
encoder_v1.fit(tf.random.normal([32, 12]), tf.random.normal([32, 4]), epochs=1, verbose=0)
saved_at = tf.train.Checkpoint(model=encoder_v1).write(tempfile.mkdtemp() + "/encoder")
# %%
encoder_v2 = keras.Sequential([
    keras.Input(shape=(12,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(4),
    keras.layers.Dense(2),
])
status = tf.train.Checkpoint(model=encoder_v2).restore(saved_at)
codes = encoder_v2(tf.random.normal([5, 12]))
