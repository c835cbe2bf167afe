# source: https://github.com/lmb-freiburg/mv3d/issues/15
# family: shape_mismatch
# raises: ValueError
# cause: 2:6
# raise: 2:6
# culprit: concat | concated
# expect: tf.concat is called with the pre-1.0 argument order tf.concat(1, [e5, a2]); TensorFlow now reads the list as the axis and tries to pack the two tensors of different widths ("Dimension 1 in both shapes must be equal, but are 4096 and 64"). Use tf.concat([e5, a2], axis=1).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

BATCH = 64
rng = np.random.default_rng(110)
voxel_codes = rng.random((BATCH, 4096), dtype=np.float32)
view_angles = rng.random((BATCH, 64), dtype=np.float32)
# %%
e5_in = tf.compat.v1.placeholder(tf.float32, [BATCH, 4096], name="e5")
a2_in = tf.compat.v1.placeholder(tf.float32, [BATCH, 64], name="a2")
with tf.compat.v1.variable_scope("fuse"):
    e5 = tf.nn.relu(e5_in)
    a2 = tf.nn.relu(a2_in)
    concated = tf.concat(1, [e5, a2])
    fused_w = tf.compat.v1.get_variable("fused_w", [4096 + 64, 512])
