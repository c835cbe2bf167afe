# source: https://github.com/LiyaoTang/contrastBoundary/issues/4
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:5, 3:1
# raise: 3:3
# culprit: gpu:0 | proj_w_0
# expect: the tower ops were explicitly pinned with tf.device("/gpu:%d") but this machine only has a CPU and the session's ConfigProto does not allow soft placement, so the first sess.run cannot assign a device to gpu_0's ops. Drop the explicit GPU pin (or set allow_soft_placement=True / make NUM_TOWERS follow the visible GPUs).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

NUM_TOWERS = 1
points = np.random.rand(64, 3).astype(np.float32)
labels = np.random.randint(0, 4, size=64)
# %%
pts = tf1.placeholder(tf.float32, [None, 3], name="pts")
lbl = tf1.placeholder(tf.int64, [None], name="lbl")
tower_losses = []
for t in range(NUM_TOWERS):
    with tf.device("/gpu:%d" % t), tf1.name_scope("gpu_%d" % t):
        w = tf1.get_variable("proj_w_%d" % t, [3, 4])
        logits = tf.matmul(pts, w)
        tower_losses.append(tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lbl, logits=logits)) + 1e-4 * tf.nn.l2_loss(w))
total_loss = tf.add_n(tower_losses)
# %%
config = tf1.ConfigProto(log_device_placement=False)
sess = tf1.Session(config=config)
sess.run(tf1.global_variables_initializer())
print(sess.run(total_loss, {pts: points, lbl: labels}))
