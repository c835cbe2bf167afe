# source: https://github.com/BUPT-GAMMA/CIAH/issues/2
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:7
# raise: 2:1
# culprit: clean_items | ConcatV2
# expect: clean_items dropped the 4 rows that contain NaN, so it has 60 rows while user_vectors has 64; tf.concat along axis 1 needs the same number of rows. Drop the same rows from user_vectors (apply one mask to both) before concatenating.
# %%
import numpy as np
import tensorflow as tf

user_vectors = tf.random.normal([64, 16])
item_table = np.random.rand(64, 24).astype("float32")
item_table[::16, 0] = np.nan
clean_items = item_table[~np.isnan(item_table).any(axis=1)]
# %%
pair_features = tf.concat([user_vectors, tf.constant(clean_items)], axis=1)
