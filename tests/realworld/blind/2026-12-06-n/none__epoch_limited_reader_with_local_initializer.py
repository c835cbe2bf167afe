# source: https://github.com/pkmital/CADL/issues/79
# family: none
# raises: NONE
# cause: 3:2
# raise: NONE
# culprit: local_variables_initializer
# expect: Correct: slice_input_producer(num_epochs=...) keeps its epoch counter in a local variable and the session runs both global and local initializers before starting the queue runners; the loop ends on the expected OutOfRangeError after the last epoch and the coordinator is stopped cleanly. No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(5)
frames = rng.rand(20, 4).astype("float32")
n_epochs = 2
# %%
frame, = tf.compat.v1.train.slice_input_producer([frames], num_epochs=n_epochs, shuffle=False, capacity=len(frames))
frame_batch = tf.compat.v1.train.batch([frame], batch_size=5)
frame_mean = tf.reduce_mean(frame_batch)
init_op = tf.group(tf.compat.v1.global_variables_initializer(), tf.compat.v1.local_variables_initializer())
# %%
sess = tf.compat.v1.Session()
sess.run(init_op)
coord = tf.compat.v1.train.Coordinator()
threads = tf.compat.v1.train.start_queue_runners(sess=sess, coord=coord)
means = []
try:
    while not coord.should_stop():
        means.append(sess.run(frame_mean))
except tf.errors.OutOfRangeError:
    print("done after", len(means), "batches")
finally:
    coord.request_stop()
coord.join(threads)
