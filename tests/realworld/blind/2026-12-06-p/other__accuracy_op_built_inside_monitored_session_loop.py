# source: https://github.com/tensorflow/tensorflow/issues/8801
# family: other
# raises: RuntimeError
# cause: 3:7
# raise: 3:7
# culprit: evaluation | finalized | MonitoredTrainingSession
# expect: MonitoredTrainingSession finalizes the graph; calling evaluation() inside the training loop builds new ops (equal, argmax, reduce_mean) every time, so the graph raises "Graph is finalized and cannot be modified". Build the accuracy tensor once before opening the session and only sess.run it in the loop.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

pixels = tf.compat.v1.placeholder(tf.float32, [None, 16], name="pixels")
onehot = tf.compat.v1.placeholder(tf.float32, [None, 4], name="onehot")
w = tf.compat.v1.get_variable("w", [16, 4])
logits = tf.matmul(pixels, w)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=onehot, logits=logits))
global_step = tf.compat.v1.train.get_or_create_global_step()
train_op = tf.compat.v1.train.AdamOptimizer(0.01).minimize(loss, global_step=global_step)
# %%
def evaluation():
    correct = tf.equal(tf.argmax(logits, 1), tf.argmax(onehot, 1))
    return tf.reduce_mean(tf.cast(correct, tf.float32))

rng = np.random.default_rng(1)
batch_x = rng.random((8, 16)).astype("float32")
batch_y = np.eye(4, dtype="float32")[rng.integers(0, 4, 8)]
# %%
with tf.compat.v1.train.MonitoredTrainingSession() as sess:
    step = 0
    while step < 4:
        _, step = sess.run([train_op, global_step], {pixels: batch_x, onehot: batch_y})
        if step % 2 == 0:
            feed = {pixels: batch_x, onehot: batch_y}
            acc = sess.run(evaluation(), feed)
            print(step, acc)
