# source: https://github.com/learningmatter-mit/peptimizer/issues/4
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:5, 2:2
# raise: 3:2
# culprit: SEQ_MAX
# expect: SEQ_MAX is 40 but the sequences were padded to maxlen=36, so each flat row has 36*6 = 216 values and the 12 rows (2592 values) cannot be reshaped into [-1, 40, 6] (multiples of 240). Reshape with the padded length (36), or pad to SEQ_MAX.
# %%
import numpy as np
import tensorflow as tf
import keras

SEQ_MAX = 40
N_FEATURES = 6
# %%
records = [np.random.rand(np.random.randint(20, 37), N_FEATURES) for _ in range(12)]
padded = keras.utils.pad_sequences(records, maxlen=36, dtype="float32", padding="post")
flat = padded.reshape(len(records), -1)
# %%
batch = tf.constant(flat)
sequences = tf.reshape(batch, [-1, SEQ_MAX, N_FEATURES])
