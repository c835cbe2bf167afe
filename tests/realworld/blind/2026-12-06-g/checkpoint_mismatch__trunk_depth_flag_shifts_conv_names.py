# source: https://github.com/tensorflow/minigo/issues/696
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 2:1, 1:6
# raise: 2:6
# culprit: trunk_layers | conv2d_4 | 3
# expect: The checkpoint was trained with trunk_layers=4, the reload uses the default 3, so the auto-numbered conv variables shift by one: the policy head's 1x1 conv2d_4/kernel now lines up with the checkpoint's 3x3 trunk conv2d_4/kernel and Assign fails on shapes. Rebuild with the same trunk_layers as training (4).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

FLAGS = {"trunk_layers": 3, "filters": 8, "board": 9}

def dual_net(boards, trunk_layers):
    counter = iter(range(100))
    def conv(x, k, out):
        name = f"conv2d_{next(counter)}"
        w = tf.compat.v1.get_variable(name + "/kernel", [k, k, x.shape[-1], out])
        return tf.nn.relu(tf.nn.conv2d(x, w, 1, "SAME"))
    h = conv(boards, 3, FLAGS["filters"])
    for _ in range(trunk_layers):
        h = conv(h, 3, FLAGS["filters"])
    policy = conv(h, 1, 2)
    return tf.reduce_mean(policy, axis=[1, 2])

save_file = os.path.join(tempfile.mkdtemp(), "000798-model")
boards = tf.compat.v1.placeholder(tf.float32, [None, 9, 9, 17])
dual_net(boards, trunk_layers=4)
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(s, save_file)
# %%
trunk_layers = FLAGS["trunk_layers"]
tf.compat.v1.reset_default_graph()
boards = tf.compat.v1.placeholder(tf.float32, [None, 9, 9, 17])
policy_out = dual_net(boards, trunk_layers)
sess = tf.compat.v1.Session()
tf.compat.v1.train.Saver().restore(sess, save_file)
