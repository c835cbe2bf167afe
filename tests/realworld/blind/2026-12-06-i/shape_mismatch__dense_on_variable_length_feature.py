# source: https://github.com/tensorflow/gnn/issues/355
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: atom_feats | Dense | None
# expect: The node feature input is declared with an undefined last dimension (shape=(None,)) because the per-node features are ragged, and a Dense layer needs a known last dimension to create its kernel. Pad/truncate the features to a fixed length (or aggregate the ragged dimension) and declare that size.
# %%
import numpy as np
import tensorflow as tf
import keras
raw = [[0.1, 0.5], [0.3], [0.2, 0.7, 0.9]]
node_features = tf.ragged.constant(raw)
# %%
atom_feats = keras.Input(shape=(None,), name="atom_feats")
# %%
hidden = keras.layers.Dense(16, activation="relu")(atom_feats)
