# source: https://github.com/davidsandberg/facenet/issues/338
# family: other
# raises: OutOfRangeError
# cause: 1:6, 2:4
# raise: 3:4
# culprit: crop_queue | BATCH_SIZE
# expect: Only 10 crops are enqueued and the queue is then closed, but dequeue_many asks for BATCH_SIZE=16 elements, so the closed queue "has insufficient elements (requested 16, current size 10)". Use a batch size the data can fill, or dequeue_up_to to take the final partial batch.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(5)
face_crops = rng.random((10, 6)).astype(np.float32)
BATCH_SIZE = 16
# %%
queue = tf.compat.v1.FIFOQueue(capacity=64, dtypes=[tf.float32], shapes=[[6]], name="crop_queue")
enqueue_all = queue.enqueue_many([face_crops])
close_queue = queue.close()
batch_op = queue.dequeue_many(BATCH_SIZE)
embedding = tf.reduce_mean(batch_op, axis=1)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(enqueue_all)
    sess.run(close_queue)
    emb = sess.run(embedding)
