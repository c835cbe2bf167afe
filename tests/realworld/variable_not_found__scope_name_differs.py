# source: https://github.com/tensorflow/tensorflow/issues/6220
# family: variable_not_found
# raises: ValueError
# cause: 2:4
# raise: 2:4
# culprit: Tower/filters | Tower | tower
# expect: The first tower was built under the scope "tower"; the shared copy asks for "Tower" with reuse=True, and scope names are case-sensitive, so Tower/filters does not exist. Use the same scope name.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def conv_tower(images, scope_name, reuse):
    with tf.compat.v1.variable_scope(scope_name, reuse=reuse):
        filters = tf.compat.v1.get_variable("filters", [3, 3, 1, 8])
    return tf.nn.conv2d(images, filters, strides=1, padding="SAME")
# %%
left = tf.compat.v1.placeholder(tf.float32, [None, 28, 28, 1])
right = tf.compat.v1.placeholder(tf.float32, [None, 28, 28, 1])
left_maps = conv_tower(left, "tower", reuse=False)
right_maps = conv_tower(right, "Tower", reuse=True)
