# source: https://github.com/tensorflow/tensorflow/issues/58433
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 2:3
# raise: 3:3
# culprit: set_seed | replica_seed
# expect: tf.random.set_seed is called inside the tf.function with a tensor seed; the next random op then evaluates that symbolic seed as a Python bool, which graph mode forbids. Pass the seed to a stateless op (tf.random.stateless_normal(shape, seed=[replica_seed, 0])) or use a tf.random.Generator created outside the function.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(151)
clean_batch = tf.constant(rng.random((4, 10)).astype(np.float32))
N_REPLICAS = 2
# %%
@tf.function
def jittered_copy(batch, replica_seed):
    tf.random.set_seed(replica_seed)
    return batch + tf.random.normal(tf.shape(batch), stddev=0.05)
# %%
views = []
for replica_id in range(N_REPLICAS):
    views.append(jittered_copy(clean_batch, tf.constant(replica_id)))
print(len(views))
