# source: https://github.com/tensorflow/tensorflow/issues/30409
# family: other
# raises: ValueError
# cause: 3:1, 2:1
# raise: 3:4
# culprit: batch_scores | TensorArray | drop_remainder
# expect: The TensorArray infers its element shape from the first write, (16, 1); the dataset's last batch has only 4 rows (100 samples in batches of 16), so writing it raises "Incompatible shape for value ((4, 1)), expected ((16, 1))". Create the TensorArray with infer_shape=False and use concat(), collect into a Python list and tf.concat, or batch with drop_remainder=True.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(17)
reviews = rng.normal(size=(100, 8)).astype("float32")
scorer = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1, activation="sigmoid")])
# %%
eval_ds = tf.data.Dataset.from_tensor_slices(reviews).batch(16)
n_batches = int(eval_ds.cardinality())
# %%
batch_scores = tf.TensorArray(tf.float32, size=n_batches)
for i, batch in enumerate(eval_ds):
    preds = scorer(batch, training=False)
    batch_scores = batch_scores.write(i, preds)
all_scores = batch_scores.stack()
