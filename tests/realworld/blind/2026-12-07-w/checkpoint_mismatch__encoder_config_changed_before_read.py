# source: https://github.com/allenai/scibert/issues/117
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 3:1
# raise: 3:4
# culprit: num_layers | encoder
# expect: the checkpoint was written by an encoder with 2 hidden blocks, but the encoder is rebuilt from a config with num_layers=3, so the third block's variables have no saved value and assert_consumed() reports objects that were not restored. Rebuild the encoder from the same config that was used when saving (num_layers=2).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

def get_transformer_encoder(num_layers, width=16):
    enc = keras.Sequential([keras.Input((8,))] + [keras.layers.Dense(width, activation="gelu") for _ in range(num_layers)])
    return enc
# %%
ckpt_dir = tempfile.mkdtemp()
saved_encoder = get_transformer_encoder(num_layers=2)
tf.train.Checkpoint(encoder=saved_encoder).write(os.path.join(ckpt_dir, "bert_model.ckpt"))
# %%
config_dict = {"num_layers": 3, "width": 16}
encoder = get_transformer_encoder(**config_dict)
checkpoint = tf.train.Checkpoint(encoder=encoder)
checkpoint.read(os.path.join(ckpt_dir, "bert_model.ckpt")).assert_consumed()
