# source: https://github.com/tensorflow/tensorflow/issues/6220
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The second tower is built with reuse=True after the first built tower/filters with reuse=False, which is the intended weight sharing; nothing is wrong.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def tower(images, reuse):
    with tf.compat.v1.variable_scope("tower", reuse=reuse):
        filters = tf.compat.v1.get_variable("filters", [3, 3, 1, 4])
    return tf.nn.conv2d(images, filters, strides=1, padding="SAME")

left = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1])
right = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1])
left_maps = tower(left, reuse=False)
right_maps = tower(right, reuse=True)
print(len(tf.compat.v1.global_variables()))
