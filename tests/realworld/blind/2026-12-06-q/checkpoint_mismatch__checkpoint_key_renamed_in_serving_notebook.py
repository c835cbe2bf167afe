# source: https://github.com/tensorflow/models/issues/7412
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 3:2
# raise: 4:1
# culprit: encoder | model
# expect: The training checkpoint stores the network under the key "model", but the serving notebook builds tf.train.Checkpoint(encoder=...), so none of the tagger's variables match anything in the file and assert_consumed reports them as not bound to checkpointed values. Use the same attribute name (model=serving_tagger) when restoring.
# %%
import numpy as np
import tensorflow as tf
import keras
CKPT_DIR = "/tmp/b17_tagger_ckpt"
def make_tagger():
    return keras.Sequential([keras.Input((12,)), keras.layers.Dense(6, activation="relu"), keras.layers.Dense(4)])
# %%
tagger = make_tagger()
train_ckpt = tf.train.Checkpoint(model=tagger)
save_path = train_ckpt.save(CKPT_DIR + "/ckpt")
# %%
serving_tagger = make_tagger()
restore_ckpt = tf.train.Checkpoint(encoder=serving_tagger)
status = restore_ckpt.restore(save_path)
# %%
status.assert_consumed()
