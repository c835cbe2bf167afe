# source: https://github.com/tensorflow/tensorflow/issues/42417
# family: other
# raises: ValueError
# cause: 1:6
# raise: 3:1
# culprit: reads | RaggedTensor | Conv1D
# expect: Conv1D does not accept RaggedTensor input; the variable-length reads are passed as a RaggedTensor. Convert to a dense padded tensor first (reads.to_tensor()) or pad in the pipeline.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(23)
lengths = [7, 5, 9]
reads = tf.RaggedTensor.from_row_lengths(rng.random((sum(lengths), 4)).astype("float32"), lengths)
# %%
conv = keras.layers.Conv1D(8, 3, activation="relu")
# %%
features = conv(reads)
