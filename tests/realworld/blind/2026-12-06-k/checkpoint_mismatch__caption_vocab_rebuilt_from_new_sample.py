# source: https://github.com/tensorflow/tensorflow/issues/37273
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:2, 3:3
# raise: 4:2
# culprit: vocab | embedding | CaptionDecoder
# expect: The checkpoint was written by a decoder whose vocabulary came from one random sample of captions; after the restart the vocabulary is rebuilt from a NEW random sample, so the new decoder's embedding/output sizes differ. Checkpoint.restore defers the values until the layers are built, and the first call fails with "Received incompatible tensor with shape (..., 16) when attempting to restore variable with shape (..., 16)". Save the vocabulary (tokenizer) with the checkpoint and reload it instead of re-deriving it from a fresh sample.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
from keras import layers

CKPT_DIR = tempfile.mkdtemp()
UNITS = 16
rng = np.random.default_rng(2020)
WORDS = [f"w{i}" for i in range(60)]
all_captions = [" ".join(rng.choice(WORDS, size=6)) for _ in range(400)]

def sample_captions(n):
    return list(rng.choice(all_captions, size=n, replace=False))

def build_vocab(captions):
    words = sorted({w for c in captions for w in c.split()})
    return {w: i + 1 for i, w in enumerate(words)}

class CaptionDecoder(keras.Model):
    def __init__(self, vocab_size, units=UNITS, **kwargs):
        super().__init__(**kwargs)
        self.embedding = layers.Embedding(vocab_size, units)
        self.gru = layers.GRU(units, return_sequences=True)
        self.fc = layers.Dense(vocab_size)

    def call(self, tokens):
        return self.fc(self.gru(self.embedding(tokens)))
# %%
train_captions = sample_captions(12)
vocab = build_vocab(train_captions)
decoder = CaptionDecoder(len(vocab) + 1)
optimizer = keras.optimizers.Adam(1e-3)
ckpt = tf.train.Checkpoint(decoder=decoder, optimizer=optimizer)
manager = tf.train.CheckpointManager(ckpt, CKPT_DIR, max_to_keep=3)
tokens = tf.constant([[vocab[w] for w in c.split()] for c in train_captions])
with tf.GradientTape() as tape:
    logits = decoder(tokens[:, :-1])
    loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(tokens[:, 1:], logits, from_logits=True))
optimizer.apply_gradients(zip(tape.gradient(loss, decoder.trainable_variables), decoder.trainable_variables))
manager.save()
print("vocab size at training:", len(vocab) + 1)
# %%
# --- after restarting the kernel: rebuild the tokenizer and restore the decoder ---
train_captions = sample_captions(12)
vocab = build_vocab(train_captions)
decoder = CaptionDecoder(len(vocab) + 1)
ckpt = tf.train.Checkpoint(decoder=decoder, optimizer=keras.optimizers.Adam(1e-3))
ckpt.restore(tf.train.latest_checkpoint(CKPT_DIR))
print("vocab size now:", len(vocab) + 1)
# %%
def greedy_next(start_ids):
    logits = decoder(tf.constant([start_ids]))
    return int(tf.argmax(logits[0, -1]))

print(greedy_next([1, 2, 3]))
