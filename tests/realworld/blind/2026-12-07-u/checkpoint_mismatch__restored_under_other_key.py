# source: https://github.com/tensorflow/models/issues/8041
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 3:2
# raise: 3:3
# culprit: restorer | encoder=
# expect: the pretrained checkpoint was written as tf.train.Checkpoint(model=...), but the fine-tuning cell restores it through tf.train.Checkpoint(encoder=...); object-based restore matches by attribute path, so nothing under "encoder" is found and assert_consumed() lists every variable as unbound. Restore with the same key the checkpoint was written with (model=...).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

def text_encoder(vocab=100, width=16):
    tokens = keras.Input((12,), dtype="int32")
    h = keras.layers.Embedding(vocab, width)(tokens)
    h = keras.layers.GlobalAveragePooling1D()(h)
    return keras.Model(tokens, keras.layers.Dense(width, activation="tanh")(h))
# %%
ckpt_root = tempfile.mkdtemp()
pretrained = text_encoder()
pretrained_path = tf.train.Checkpoint(model=pretrained).write(os.path.join(ckpt_root, "encoder"))
print(tf.train.list_variables(pretrained_path)[:3])
# %%
bert_like = text_encoder()
restorer = tf.train.Checkpoint(encoder=bert_like)
restorer.read(pretrained_path).assert_consumed()
classifier = keras.Sequential([bert_like, keras.layers.Dense(3)])
