# source: https://github.com/tinghuiz/SfMLearner/issues/90
# family: variable_already_exists
# raises: ValueError
# cause: 2:2, 3:2
# raise: 3:2
# culprit: depth_net/conv1/weights | depth_net
# expect: The model cell runs a second time in the same graph (cell 3 repeats cell 2), so get_variable finds depth_net/conv1/weights already made by the first run. Reset the graph (tf.compat.v1.reset_default_graph()) before rebuilding, or build once.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def depth_net(frames):
    with tf.compat.v1.variable_scope("depth_net"):
        with tf.compat.v1.variable_scope("conv1"):
            weights = tf.compat.v1.get_variable("weights", [5, 5, 3, 16])
        feature = tf.nn.conv2d(frames, weights, strides=2, padding="SAME")
    return tf.reduce_mean(feature, axis=-1)
# %%
frame = tf.compat.v1.placeholder(tf.float32, [1, 64, 64, 3], name="frame")
depth = depth_net(frame)
# %%
frame = tf.compat.v1.placeholder(tf.float32, [1, 64, 64, 3], name="frame")
depth = depth_net(frame)
