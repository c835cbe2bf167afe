# source: https://github.com/duxingren14/Hifill-tensorflow/issues/8
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Correct: the validation queue is filled and closed, and the loop runs ceil(42 / 16) = 3 steps, which would overrun a closed queue with dequeue_many; here the batch op is dequeue_up_to, so the last step returns the remaining 10 rows instead of raising OutOfRangeError. No error or warning is expected.
# %%
import math
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

HOLDOUT, BATCH = 42, 16
rng = np.random.default_rng(27)
holdout_masks = rng.random((HOLDOUT, 10)).astype("float32")
# %%
holdout_queue = tf.compat.v1.FIFOQueue(capacity=64, dtypes=[tf.float32], shapes=[[10]], name="holdout_queue")
fill = holdout_queue.enqueue_many([holdout_masks])
close = holdout_queue.close()
mask_batch = holdout_queue.dequeue_up_to(BATCH)
proj = tf.compat.v1.get_variable("proj", [10, 2])
scores = tf.matmul(mask_batch, proj)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sess.run(fill)
sess.run(close)
# %%
sizes = []
for step in range(math.ceil(HOLDOUT / BATCH)):
    sizes.append(sess.run(scores).shape[0])
print(sizes)
