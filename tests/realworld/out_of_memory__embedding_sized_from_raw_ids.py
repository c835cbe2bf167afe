# source: https://github.com/tensorflow/recommenders-addons/issues/138
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 1:5, 2:1
# raise: 2:2
# culprit: vocab_size | Embedding
# expect: vocab_size is taken from the largest raw item id (about 4.1e12), so the Embedding table would be 4.1e12 x 32 floats; allocating it fails with OOM. Map the ids to a dense range first (keras.layers.IntegerLookup / StringLookup, or hashing) and size the embedding by the number of distinct ids.
# %%
import numpy as np
import keras

session_log = np.array([[1046527, 88, 4_100_000_012_334], [15, 1046527, 902]], dtype="int64")
vocab_size = int(session_log.max()) + 1
# %%
item_embedding = keras.layers.Embedding(input_dim=vocab_size, output_dim=32)
vectors = item_embedding(session_log)
