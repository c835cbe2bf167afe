# source: https://github.com/DrSleep/tensorflow-deeplab-resnet/issues/150
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: 10 patches do not divide into batches of 4 and the queue is closed, which looks like the "closed and has insufficient elements" failure, but dequeue_up_to returns the final partial batch of 2 and the loop stops on the expected OutOfRangeError; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(8)
patches = rng.random((10, 6)).astype(np.float32)
BATCH_SIZE = 4
# %%
queue = tf.compat.v1.FIFOQueue(capacity=32, dtypes=[tf.float32], shapes=[[6]], name="patch_queue")
fill = queue.enqueue_many([patches])
close = queue.close()
next_batch = queue.dequeue_up_to(BATCH_SIZE)
batch_mean = tf.reduce_mean(next_batch, axis=1)
# %%
means = []
with tf.compat.v1.Session() as sess:
    sess.run(fill)
    sess.run(close)
    while True:
        try:
            means.append(sess.run(batch_mean))
        except tf.errors.OutOfRangeError:
            break
print(sum(len(m) for m in means))
