# source: https://github.com/tensorflow/tensorflow/issues/33150
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:4
# raise: 2:7
# culprit: tagger_v2 | dense
# expect: tagger_v2 inserts a Dense(2) between the two layers of the checkpointed model; tf.train.Checkpoint matches a Sequential's layers by position, so the saved (4, 1) kernel of the old last layer is offered to the new (4, 2) kernel and the restore fails. Restore into the architecture that was saved, then add the new layer (or restore the shared layers individually).
# %%
import tempfile
import tensorflow as tf
import keras

tagger_v1 = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4, activation="relu"), keras.layers.Dense(1)])
ckpt_path = tf.train.Checkpoint(model=tagger_v1).write(tempfile.mkdtemp() + "/tagger_v1")
# %%
tagger_v2 = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(4, activation="relu"),
    keras.layers.Dense(2, activation="relu"),
    keras.layers.Dense(1),
])
status = tf.train.Checkpoint(model=tagger_v2).restore(ckpt_path)
