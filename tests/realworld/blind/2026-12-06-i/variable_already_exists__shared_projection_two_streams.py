# source: https://github.com/rayat137/Pose_3D/issues/12
# family: variable_already_exists
# raises: ValueError
# cause: 2:2, 3:4
# raise: 3:4
# culprit: input_projection/weights
# expect: project() creates input_projection/weights with get_variable in a scope without reuse; calling it a second time for the depth stream tries to create the same variable again. Open the scope with reuse=tf.compat.v1.AUTO_REUSE (to share) or give each stream its own scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
N_JOINTS = 16
HIDDEN = 64
# %%
def project(inputs, out_dim):
    with tf.compat.v1.variable_scope("input_projection"):
        w = tf.compat.v1.get_variable("weights", [inputs.shape[-1], out_dim])
        b = tf.compat.v1.get_variable("biases", [out_dim], initializer=tf.compat.v1.zeros_initializer())
    return tf.nn.relu(tf.matmul(inputs, w) + b)
# %%
poses_2d = tf.compat.v1.placeholder(tf.float32, [None, N_JOINTS * 2], name="poses_2d")
enc_pose = project(poses_2d, HIDDEN)
depth_hint = tf.compat.v1.placeholder(tf.float32, [None, N_JOINTS * 2], name="depth_hint")
enc_depth = project(depth_hint, HIDDEN)
