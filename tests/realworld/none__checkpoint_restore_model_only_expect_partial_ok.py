# source: https://github.com/tensorflow/tensorflow/issues/27937
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The checkpoint also holds optimizer slots that the inference-time Checkpoint(model=...) does not restore, which normally leaves "unrestored values" behind, but the model keys match and status.expect_partial() declares the partial restore intentional; assert_existing_objects_matched() confirms every model variable was restored. No error and no warning.
# %%
import tempfile
import tensorflow as tf
import keras

def make_scorer():
    return keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])

scorer = make_scorer()
adam = keras.optimizers.Adam()
scorer.compile(optimizer=adam, loss="mse")
scorer.fit(tf.random.normal([32, 6]), tf.random.normal([32, 1]), epochs=1, verbose=0)
path = tf.train.Checkpoint(model=scorer, optimizer=adam).save(tempfile.mkdtemp() + "/scorer")
# %%
deployed = make_scorer()
status = tf.train.Checkpoint(model=deployed).restore(path).expect_partial()
status.assert_existing_objects_matched()
predictions = deployed(tf.random.normal([3, 6]))
