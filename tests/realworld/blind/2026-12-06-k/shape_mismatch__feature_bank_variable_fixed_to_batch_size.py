# source: https://github.com/tensorflow/tensorflow/issues/26104
# family: shape_mismatch
# raises: ValueError
# cause: 2:3, 3:1
# raise: 3:4
# culprit: feature_bank | bank | (4, 16)
# expect: The bank variable is created with the static shape [BATCH_SIZE, FEAT_DIM] = [32, 16], and tf.Variable.assign refuses values of another shape; the last batch of the 100 embeddings only has 4 rows, so push() fails with "Cannot assign value to variable 'feature_bank:0': Shape mismatch ... (32, 16) ... (4, 16)". Create the variable with shape=tf.TensorShape([None, FEAT_DIM]) (or batch with drop_remainder=True).
# %%
import numpy as np
import tensorflow as tf

FEAT_DIM = 16
BATCH_SIZE = 32
rng = np.random.default_rng(19)
embeddings = rng.normal(size=(100, FEAT_DIM)).astype("float32")
# %%
class FeatureQueue:
    def __init__(self, batch_size, dim):
        self.bank = tf.Variable(tf.zeros([batch_size, dim]), trainable=False, name="feature_bank")

    def push(self, feats):
        self.bank.assign(tf.math.l2_normalize(feats, axis=1))

    def similarity(self, query):
        return tf.matmul(tf.math.l2_normalize(query, axis=1), self.bank, transpose_b=True)

queue = FeatureQueue(BATCH_SIZE, FEAT_DIM)
# %%
feature_ds = tf.data.Dataset.from_tensor_slices(embeddings).batch(BATCH_SIZE)
for step, batch in enumerate(feature_ds):
    sims = queue.similarity(batch)
    queue.push(batch)
    print(step, float(tf.reduce_max(sims)))
