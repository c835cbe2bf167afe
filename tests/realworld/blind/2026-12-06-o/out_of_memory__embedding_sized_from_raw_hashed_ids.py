# source: https://github.com/tensorflow/nmt/issues/348
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 2:1, 1:6
# raise: 3:2
# culprit: VOCAB_SIZE | Embedding
# expect: the token ids come straight from a 31-bit hashing tokenizer, and VOCAB_SIZE = max id + 1 (about 2.1 billion rows), so the Embedding table of VOCAB_SIZE x 16 floats cannot be allocated; remap the ids to a dense vocabulary (np.unique / StringLookup) or use a fixed hash bucket count before sizing the layer.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(61)
raw_ids = rng.integers(0, 2**31 - 1, size=(8, 12))   # ids straight from the hashing tokenizer
# %%
VOCAB_SIZE = int(raw_ids.max()) + 1
EMBED_DIM = 16
print("vocab size", VOCAB_SIZE)
# %%
embed = keras.layers.Embedding(VOCAB_SIZE, EMBED_DIM)
window_vecs = embed(tf.constant(raw_ids))
print(window_vecs.shape)
