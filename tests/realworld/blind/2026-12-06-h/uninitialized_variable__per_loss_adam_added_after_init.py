# source: https://github.com/tensorflow/tensorflow/issues/19113
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:3, 4:1, 4:2
# raise: 5:3
# culprit: cls_step | Adam
# expect: The two per-loss AdamOptimizer.minimize calls create new slot variables and beta1_power/beta2_power accumulators after global_variables_initializer() already ran in this session, so the first cls_step reads an uninitialized Adam variable. Create every train op before running the initializer (or initialize the new optimizer variables with variables_initializer).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(2)
tokens = rng.random((64, 20), dtype=np.float32)
tags = rng.integers(0, 3, size=64)
labels = rng.integers(0, 2, size=64)
alpha = 0.3
# %%
with tf.compat.v1.variable_scope("model"):
    x_in = tf.compat.v1.placeholder(tf.float32, [None, 20])
    tag_in = tf.compat.v1.placeholder(tf.int64, [None])
    label_in = tf.compat.v1.placeholder(tf.int64, [None])
    shared = tf.nn.relu(tf.matmul(x_in, tf.compat.v1.get_variable("shared_w", [20, 16])))
    tag_logits = tf.matmul(shared, tf.compat.v1.get_variable("tag_w", [16, 3]))
    cls_logits = tf.matmul(shared, tf.compat.v1.get_variable("cls_w", [16, 2]))
tagging_loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tag_in, logits=tag_logits))
classify_loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_in, logits=cls_logits))
joint_loss = (1 - alpha) * classify_loss + alpha * tagging_loss
# %%
joint_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(joint_loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed = {x_in: tokens, tag_in: tags, label_in: labels}
print("joint", sess.run([joint_step, joint_loss], feed)[1])
# %%
tag_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(tagging_loss)
cls_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(classify_loss)
# %%
history = []
for epoch in range(2):
    history.append(sess.run([cls_step, classify_loss], feed)[1])
    history.append(sess.run([tag_step, tagging_loss], feed)[1])
