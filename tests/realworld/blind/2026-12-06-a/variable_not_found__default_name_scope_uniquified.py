# source: https://github.com/vahidk/EffectiveTensorflow/issues/26
# family: variable_not_found
# raises: ValueError
# cause: 1:6
# raise: 2:6
# culprit: conv_1 | conv_1/w
# expect: conv_block opens variable_scope(None, default_name="conv"), which is uniquified to conv_1 on the second call, so under reuse=True get_variable looks for conv_1/w that was never created; give the block a fixed scope name (variable_scope("conv")) so the second image reuses conv/w.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def conv_block(images, filters=8):
    with tf.compat.v1.variable_scope(None, default_name="conv"):
        w = tf.compat.v1.get_variable("w", [3, 3, images.shape[-1], filters])
        b = tf.compat.v1.get_variable("b", [filters], initializer=tf.compat.v1.zeros_initializer())
        return tf.nn.relu(tf.nn.conv2d(images, w, strides=1, padding="SAME") + b)
# %%
left = tf.compat.v1.placeholder(tf.float32, [None, 20, 20, 3], name="left")
right = tf.compat.v1.placeholder(tf.float32, [None, 20, 20, 3], name="right")

left_feat = conv_block(left)
with tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=True):
    right_feat = conv_block(right)
distance = tf.reduce_mean(tf.square(left_feat - right_feat), axis=[1, 2, 3])
