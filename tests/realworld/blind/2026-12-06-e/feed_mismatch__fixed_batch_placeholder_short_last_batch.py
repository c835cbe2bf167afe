# source: https://github.com/biomedia-mira/masf/issues/3
# family: feed_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:6
# culprit: domain_labels | BATCH_SIZE
# expect: The label placeholder is declared with a fixed batch dimension (BATCH_SIZE=32), but 200 samples do not divide into batches of 32, so the last slice has 8 rows and feeding fails ("Cannot feed value of shape (8,) ... which has shape (32,)"). Declare the batch dimension as None (or drop the remainder).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
BATCH_SIZE = 32
rng = np.random.default_rng(11)
source_x = rng.normal(size=(200, 16)).astype("float32")
source_y = rng.integers(0, 3, size=(200,)).astype("int32")
# %%
domain_labels = tf.compat.v1.placeholder(tf.int32, [BATCH_SIZE], name="domain_labels")
domain_inputs = tf.compat.v1.placeholder(tf.float32, [None, 16], name="domain_inputs")
w = tf.compat.v1.get_variable("clf_w", [16, 3])
logits = tf.matmul(domain_inputs, w)
xent = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=domain_labels, logits=logits))
step = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(xent)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for epoch in range(2):
    order = rng.permutation(len(source_x))
    for begin in range(0, len(source_x), BATCH_SIZE):
        idx = order[begin:begin + BATCH_SIZE]
        feed = {domain_inputs: source_x[idx], domain_labels: source_y[idx]}
        _, value = sess.run([step, xent], feed_dict=feed)
