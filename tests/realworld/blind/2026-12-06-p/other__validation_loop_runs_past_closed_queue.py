# source: https://github.com/ethereon/caffe-tensorflow/issues/52
# family: other
# raises: OutOfRangeError
# cause: 3:1
# raise: 3:4
# culprit: dequeue_many | n_val_batches | val_queue
# expect: 50 validation examples are enqueued and the queue is closed, but n_val_batches uses ceil(50 / 16) = 4 and dequeue_many always asks for a full 16; the last iteration finds the closed queue with only 2 elements left: "FIFOQueue ... is closed and has insufficient elements (requested 16, current size 2)". Use floor division, or dequeue_up_to for the final partial batch.
# %%
import math
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VAL_SIZE, BATCH = 50, 16
rng = np.random.default_rng(26)
val_images = rng.random((VAL_SIZE, 12)).astype("float32")
# %%
val_queue = tf.compat.v1.FIFOQueue(capacity=64, dtypes=[tf.float32], shapes=[[12]], name="val_queue")
fill_queue = val_queue.enqueue_many([val_images])
close_queue = val_queue.close()
batch_images = val_queue.dequeue_many(BATCH)
w = tf.compat.v1.get_variable("w", [12, 3])
val_logits = tf.matmul(batch_images, w)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sess.run(fill_queue)
sess.run(close_queue)
# %%
n_val_batches = math.ceil(VAL_SIZE / BATCH)
predictions = []
for step in range(n_val_batches):
    out = sess.run(val_logits)
    predictions.append(out.argmax(axis=1))
