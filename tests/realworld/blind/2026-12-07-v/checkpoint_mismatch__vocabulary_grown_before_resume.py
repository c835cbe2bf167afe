# source: https://github.com/tensorflow/tensorflow/issues/6943
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: embedding | vocab
# expect: three tokens were appended to the vocabulary before resuming, so the new Translator's embedding is (123, 16) while the checkpoint holds a (120, 16) embedding; restoring into a variable of another shape fails. Keep the vocabulary size of the checkpoint, or restore the old weights into a 120-row variable and copy them into the enlarged matrix.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
class Translator(tf.Module):
    def __init__(self, vocab_size, dim=16):
        super().__init__()
        self.embedding = tf.Variable(tf.random.normal([vocab_size, dim]), name="embedding")
        self.proj = tf.Variable(tf.random.normal([dim, vocab_size]), name="proj")
# %%
vocab = [f"tok{i}" for i in range(120)]
model = Translator(len(vocab))
ckpt_prefix = os.path.join(tempfile.mkdtemp(), "nmt")
save_path = tf.train.Checkpoint(model=model).save(ckpt_prefix)
# %%
vocab += ["tok_new_a", "tok_new_b", "tok_new_c"]
resumed = Translator(len(vocab))
status = tf.train.Checkpoint(model=resumed).restore(save_path)
