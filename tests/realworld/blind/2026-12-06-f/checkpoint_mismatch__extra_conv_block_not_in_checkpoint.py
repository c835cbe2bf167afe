# source: https://github.com/tensorflow/tensorflow/issues/10693
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:1
# raise: 3:8
# culprit: conv3/weights | conv3
# expect: the evaluation graph is built with DEPTH=3, so the Saver looks for conv3/weights, which the 2-block training checkpoint does not contain; rebuild with the depth used in training (or restore only the variables that exist in the checkpoint).
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CKPT_DIR = "/tmp/b6_go_ckpt"
os.makedirs(CKPT_DIR, exist_ok=True)

def board_net(x, depth):
    h = x
    for i in range(1, depth + 1):
        with tf.compat.v1.variable_scope("conv%d" % i):
            w = tf.compat.v1.get_variable("weights", [3, 3, h.shape[-1], 8])
            h = tf.nn.relu(tf.nn.conv2d(h, w, 1, "SAME"))
    return tf.reduce_mean(h, axis=[1, 2, 3])
# %%
train_graph = tf.Graph()
with train_graph.as_default():
    boards = tf.compat.v1.placeholder(tf.float32, [None, 9, 9, 2])
    value = board_net(boards, depth=2)
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        path = saver.save(s, os.path.join(CKPT_DIR, "model.ckpt"))
print("saved", path)
# %%
DEPTH = 3
eval_graph = tf.Graph()
with eval_graph.as_default():
    boards = tf.compat.v1.placeholder(tf.float32, [None, 9, 9, 2])
    value = board_net(boards, depth=DEPTH)
    saver = tf.compat.v1.train.Saver()
    sess = tf.compat.v1.Session()
    saver.restore(sess, tf.train.latest_checkpoint(CKPT_DIR))
