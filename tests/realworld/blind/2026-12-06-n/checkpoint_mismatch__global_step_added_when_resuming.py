# source: https://github.com/horovod/horovod/issues/348
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:1, 2:4
# raise: 3:2
# culprit: global_step
# expect: The first run saved a checkpoint without a global step; the resume cell creates global_step and then a default Saver() over all global variables, so restore looks for a "global_step" key the checkpoint does not have and fails with NotFoundError. Restore with a Saver whose var_list excludes global_step (then initialize it), or create the step before the first save.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(4)
clicks = rng.rand(40, 5).astype("float32")
ctr = rng.rand(40, 1).astype("float32")

features = tf.compat.v1.placeholder(tf.float32, [None, 5], name="features")
target = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target")
w = tf.compat.v1.get_variable("ctr_w", [5, 1])
b = tf.compat.v1.get_variable("ctr_b", [1], initializer=tf.compat.v1.zeros_initializer())
loss = tf.reduce_mean(tf.square(tf.matmul(features, w) + b - target))
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(2):
        print(sess.run(loss, {features: clicks, target: ctr}))
    ckpt_path = tf.compat.v1.train.Saver().save(sess, "/tmp/b14_ctr_ckpt/model.ckpt")
print("first run saved to", ckpt_path)
# %%
global_step = tf.compat.v1.train.get_or_create_global_step()
lr = tf.compat.v1.train.exponential_decay(0.1, global_step, decay_steps=100, decay_rate=0.9)
train_op = tf.compat.v1.train.GradientDescentOptimizer(lr).minimize(loss, global_step=global_step)
saver = tf.compat.v1.train.Saver(max_to_keep=3)
# %%
sess = tf.compat.v1.Session()
saver.restore(sess, ckpt_path)
for _ in range(3):
    sess.run(train_op, {features: clicks, target: ctr})
