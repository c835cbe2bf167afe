# source: https://github.com/tensorflow/tensorflow/issues/15363
# family: feed_mismatch
# raises: TypeError
# cause: 4:4
# raise: 4:4
# culprit: image_batch | feed_dict
# expect: image_batch and label_batch come from iterator.get_next(), so they are graph tensors, not data; a feed value must be a NumPy array or Python value ("The value of a feed cannot be a tf.Tensor object"). Either evaluate the batch first (batch_np = sess.run([image_batch, label_batch])) and feed those arrays, or wire the iterator output into the model instead of the placeholders.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(11)
pixels = rng.random((96, 12, 12, 3), dtype=np.float32)
targets = rng.integers(0, 5, size=96).astype(np.int64)
BATCH = 16
# %%
def load_batch(images, labels, batch_size):
    ds = tf.data.Dataset.from_tensor_slices((images, labels)).shuffle(96, seed=0).repeat().batch(batch_size)
    iterator = tf.compat.v1.data.make_one_shot_iterator(ds)
    return iterator.get_next()

image_batch, label_batch = load_batch(pixels, targets, BATCH)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 12, 12, 3], name="x")
y_true = tf.compat.v1.placeholder(tf.int64, [None], name="y_true")
flat = tf.reshape(x, [-1, 12 * 12 * 3])
w_out = tf.compat.v1.get_variable("w_out", [12 * 12 * 3, 5])
logits = tf.matmul(flat, w_out)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for step in range(3):
        _, step_loss = sess.run([train_op, loss], feed_dict={x: image_batch, y_true: label_batch})
        print(step, step_loss)
