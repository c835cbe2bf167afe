# source: https://github.com/keras-team/keras-hub/issues/783
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:6
# culprit: attention_mask | merge_masks
# expect: merge_masks builds the (batch, query, key) mask and then inserts the broadcast axis in the wrong place (axis 2), giving (batch, query, 1, key); added to the (batch, heads, query, key) scores it only broadcasts when batch equals heads, so with batch 2 and 8 heads the add fails. Insert the head axis at position 1: mask[:, tf.newaxis, :, :].
# %%
import numpy as np
import tensorflow as tf
BATCH, SEQ, HEADS, DEPTH = 2, 3, 8, 4
tokens = tf.random.normal([BATCH, SEQ, HEADS * DEPTH])
pad = tf.constant([[1, 1, 0], [1, 1, 1]], tf.float32)
causal = tf.linalg.band_part(tf.ones([SEQ, SEQ]), -1, 0)
# %%
def merge_masks(padding_mask, attention_mask):
    m = padding_mask[:, tf.newaxis, :] * attention_mask[tf.newaxis, :, :]
    return m[:, :, tf.newaxis, :]

def split_heads(x):
    return tf.transpose(tf.reshape(x, [BATCH, SEQ, HEADS, DEPTH]), [0, 2, 1, 3])
# %%
attention_mask = merge_masks(pad, causal)
q = split_heads(tokens)
k = split_heads(tokens)
scores = tf.matmul(q, k, transpose_b=True) / np.sqrt(DEPTH)
adder = (1.0 - attention_mask) * -1e9
scores = scores + adder
