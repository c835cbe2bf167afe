# source: https://github.com/google-research/bert/issues/1294
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 1:5, 1:6
# raise: 1:6
# culprit: batch | MatMul
# expect: batch holds every one of the 400,000 sentence vectors, so the all-pairs similarity matrix is 400,000 x 400,000 floats (640 GB) and MatMul cannot allocate it. Compute the similarities in chunks (e.g. 2,048 rows at a time) or use a nearest-neighbour index.
# %%
import numpy as np
import tensorflow as tf

sentence_vectors = np.random.rand(400_000, 8).astype("float32")
batch = tf.constant(sentence_vectors)  # every sentence at once
similarity = tf.matmul(batch, batch, transpose_b=True)
