# source: https://github.com/tensorflow/tensorflow/issues/40234
# family: other
# raises: InvalidArgumentError
# cause: 3:2
# raise: 3:2
# culprit: fingerprints | to_number
# expect: Each fingerprint is a 64-character string of 0/1 bits; tf.strings.to_number tries to parse the whole bit string as one integer, which overflows int64, so StringToNumberOp could not correctly convert the string. Split the string into characters first (tf.strings.bytes_split) and convert each bit, or decode it as base 2 in chunks.
# %%
import numpy as np
import tensorflow as tf
# %%
rng = np.random.default_rng(12)
bits = rng.integers(0, 2, size=(5, 64))
bits[:, 0] = 1
fingerprints = tf.constant(["".join(map(str, row)) for row in bits])
print(fingerprints[:2].numpy())
# %%
fp_lengths = tf.strings.length(fingerprints)
fp_vectors = tf.strings.to_number(fingerprints, out_type=tf.int64)
print(fp_lengths.numpy(), fp_vectors.shape)
