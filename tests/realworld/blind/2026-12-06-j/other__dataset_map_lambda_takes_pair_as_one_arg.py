# source: https://github.com/tensorflow/datasets/issues/1812
# family: other
# raises: TypeError
# cause: 3:1, 1:6
# raise: 3:1
# culprit: lambda | map
# expect: iris_like yields (features, label) tuples, and Dataset.map unpacks tuple elements into separate positional arguments, so the one-argument lambda row: ... receives two arguments. Write the mapper with two parameters: map(lambda feats, label: (standardize(feats), label)).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(16)
measurements = rng.normal(size=(150, 4)).astype("float32")
species = rng.integers(0, 3, 150)
iris_like = tf.data.Dataset.from_tensor_slices((measurements, species))
# %%
def standardize(feats):
    return (feats - tf.reduce_mean(feats)) / (tf.math.reduce_std(feats) + 1e-6)
# %%
train_ds = iris_like.map(lambda row: (standardize(row[0]), row[1])).batch(16)
