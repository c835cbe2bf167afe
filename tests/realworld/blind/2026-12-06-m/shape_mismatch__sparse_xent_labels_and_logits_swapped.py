# source: https://github.com/talolard/MarketVectors/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: sparse_softmax_cross_entropy_with_logits | labels
# expect: The arguments are swapped: labels=self.logits (shape [None, 11]) and logits=self.target_data (shape [None]), so the rank check of sparse_softmax_cross_entropy_with_logits fails. Pass labels=target_ids, logits=logits.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

settings = {"n_features": 24, "hidden": 32, "n_buckets": 11}
rng = np.random.default_rng(2)
returns_window = rng.normal(size=(50, settings["n_features"])).astype(np.float32)
bucket_ids = rng.integers(0, settings["n_buckets"], size=50).astype(np.int32)
# %%
input_data = tf1.placeholder(tf.float32, [None, settings["n_features"]], name="input_data")
target_ids = tf1.placeholder(tf.int32, [None], name="target_ids")
w1 = tf1.get_variable("ff_w1", [settings["n_features"], settings["hidden"]])
w2 = tf1.get_variable("ff_w2", [settings["hidden"], settings["n_buckets"]])
logits = tf.matmul(tf.nn.relu(tf.matmul(input_data, w1)), w2)
print(logits.shape, target_ids.shape)
# %%
losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=logits, logits=target_ids)
loss = tf.reduce_mean(losses)
train_op = tf1.train.AdamOptimizer(1e-3).minimize(loss)
