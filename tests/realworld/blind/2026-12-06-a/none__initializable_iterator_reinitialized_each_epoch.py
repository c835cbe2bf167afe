# source: https://github.com/tensorflow/tensorflow/issues/24399
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: iterator
# expect: The initializable iterator is re-initialized with the feed at the start of every epoch and each epoch reads exactly n_batches batches, so no OutOfRangeError or uninitialized-iterator error happens; no finding should be reported.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(23)
data_x = rng.normal(size=(100, 4)).astype("float32")
data_y = (data_x @ np.array([[0.5], [1.0], [-1.0], [2.0]], dtype="float32"))
# %%
x_ph = tf.compat.v1.placeholder(tf.float32, [None, 4], name="x_ph")
y_ph = tf.compat.v1.placeholder(tf.float32, [None, 1], name="y_ph")
dataset = tf.compat.v1.data.Dataset.from_tensor_slices((x_ph, y_ph)).shuffle(100).batch(20)
iterator = tf.compat.v1.data.make_initializable_iterator(dataset)
bx, by = iterator.get_next()
W = tf.compat.v1.get_variable("W", [4, 1], initializer=tf.compat.v1.zeros_initializer())
loss = tf.reduce_mean(tf.square(tf.matmul(bx, W) - by))
training_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
n_batches = len(data_x) // 20
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for epoch in range(3):
        sess.run(iterator.initializer, feed_dict={x_ph: data_x, y_ph: data_y})
        tot_loss = 0.0
        for _ in range(n_batches):
            _, loss_value = sess.run([training_op, loss])
            tot_loss += loss_value
        print("Iter", epoch, tot_loss / n_batches)
