# source: https://github.com/keras-team/keras-io/issues/332
# family: other
# raises: InvalidArgumentError
# cause: 2:4
# raise: 3:1
# culprit: generator | output_signature
# expect: the generator yields a Python int (shape ()) while output_signature declares a rank-2 (None, None) tensor; yield the feature matrix (or fix the TensorSpec).
# %%
import numpy as np
import tensorflow as tf

utterances = [np.random.default_rng(i).random((20 + i, 13)).astype("float32") for i in range(4)]
# %%
def mfcc_gen():
    for feats in utterances:
        n_frames = feats.shape[0]
        yield n_frames

spec = tf.TensorSpec(shape=(None, None), dtype=tf.float32)
ds = tf.data.Dataset.from_generator(mfcc_gen, output_signature=spec)
# %%
for feats in ds.take(2):
    print(feats.shape)
