# source: https://github.com/maples1993/Cats_vs_Dogs/issues/2
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:6
# culprit: global_variables_initializer | beta1_power | local_variables_initializer
# expect: The session only runs local_variables_initializer (needed for the streaming accuracy counters), never global_variables_initializer, so the model weights and Adam's variables were never initialized (the first train step fails on beta1_power, "it can also mean the variable is uninitialized"). Run tf.compat.v1.global_variables_initializer() as well.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(19)
pets = rng.random((48, 16, 16, 3)).astype("float32")
is_dog = rng.integers(0, 2, 48).astype("int64")
# %%
imgs = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3])
lbls = tf.compat.v1.placeholder(tf.int64, [None])
with tf.compat.v1.variable_scope("conv1"):
    k = tf.compat.v1.get_variable("weights", [3, 3, 3, 8])
    h = tf.nn.relu(tf.nn.conv2d(imgs, k, 1, "SAME"))
with tf.compat.v1.variable_scope("softmax_linear"):
    w = tf.compat.v1.get_variable("weights", [8, 2])
    logits = tf.matmul(tf.reduce_mean(h, axis=[1, 2]), w)
xent = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lbls, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(xent)
acc, acc_update = tf.compat.v1.metrics.accuracy(lbls, tf.argmax(logits, 1))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.local_variables_initializer())
for step in range(3):
    start = (step * 16) % 48
    fd = {imgs: pets[start:start + 16], lbls: is_dog[start:start + 16]}
    _, loss_v, _ = sess.run([train_op, xent, acc_update], feed_dict=fd)
