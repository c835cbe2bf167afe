# source: https://github.com/SamLynnEvans/Transformer/issues/14
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:3, 2:1
# raise: 3:2
# culprit: pos_enc | MAX_LEN
# expect: the positional-encoding table was built for MAX_LEN = 200 positions but the reviews are padded to 207 tokens, so adding the (1, 200, 32) table to the (8, 207, 32) embeddings cannot broadcast. Build the table for the real maximum length (or truncate the reviews to MAX_LEN) and slice it to the sequence length.
# %%
import numpy as np
import tensorflow as tf
MAX_LEN = 200
D_MODEL = 32
def positional_table(length, depth):
    pos = np.arange(length)[:, None]
    i = np.arange(depth)[None, :]
    angles = pos / np.power(10000, (2 * (i // 2)) / depth)
    angles[:, 0::2] = np.sin(angles[:, 0::2])
    angles[:, 1::2] = np.cos(angles[:, 1::2])
    return tf.constant(angles[None, ...], dtype=tf.float32)
pos_enc = positional_table(MAX_LEN, D_MODEL)
# %%
reviews = np.random.randint(1, 5000, size=(8, 207))
embed = tf.keras.layers.Embedding(5000, D_MODEL)
# %%
tokens = embed(reviews)
encoded = tokens + pos_enc
