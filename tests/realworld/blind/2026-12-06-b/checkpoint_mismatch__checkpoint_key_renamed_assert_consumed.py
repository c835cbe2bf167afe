# source: https://github.com/google-research/bert/issues/1215
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 3:2
# raise: 3:4
# culprit: encoder | assert_consumed
# expect: The checkpoint was written as tf.train.Checkpoint(model=...), but cell 3 restores it through tf.train.Checkpoint(encoder=...), so nothing in the checkpoint matches the new object graph and assert_consumed() fails. Use the same attribute name (model=) when restoring.
# %%
import numpy as np
import tensorflow as tf
import keras
def make_encoder():
    return keras.Sequential([keras.Input((12,)), keras.layers.Dense(24, activation="gelu"), keras.layers.LayerNormalization(), keras.layers.Dense(8)])
# %%
pretrained = make_encoder()
pretrained(np.zeros((1, 12), "float32"))
ckpt_path = tf.train.Checkpoint(model=pretrained).write("/tmp/b2_bert_tiny/bert_model.ckpt")
# %%
bert_encoder = make_encoder()
checkpoint = tf.train.Checkpoint(encoder=bert_encoder)
status = checkpoint.read(ckpt_path)
status.assert_consumed()
