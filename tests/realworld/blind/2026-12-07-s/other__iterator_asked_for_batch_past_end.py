# source: https://github.com/Mayzazhou/Cross-MPI/issues/1
# family: other
# raises: OutOfRangeError
# cause: 2:1, 3:1
# raise: 4:3
# culprit: n_steps | drop_remainder
# expect: the test dataset drops the incomplete last batch (drop_remainder=True), so 50 frames give 3 batches of 16, but n_steps is computed with ceil(50/16) = 4; the fourth get_next() hits End of sequence. Use len(test_ds) / iterate the dataset directly, or keep the remainder batch
# %%
import math
import numpy as np
import tensorflow as tf

frames = np.random.default_rng(0).random((50, 8)).astype("float32")
BATCH = 16
# %%
test_ds = tf.data.Dataset.from_tensor_slices(frames).batch(BATCH, drop_remainder=True)
# %%
n_steps = math.ceil(len(frames) / BATCH)
# %%
it = iter(test_ds)
for step in range(n_steps):
    batch = it.get_next()
    print(step, float(tf.reduce_mean(batch)))
