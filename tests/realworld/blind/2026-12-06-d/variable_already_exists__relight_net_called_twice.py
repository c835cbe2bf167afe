# source: https://github.com/weichen582/RetinexNet/issues/4
# family: variable_already_exists
# raises: ValueError
# cause: 1:6, 3:3
# raise: 3:3
# culprit: RelightNet/conv_in | RelightNet
# expect: relight_net() opens variable_scope("RelightNet") without reuse, so calling it a second time (for the evaluation input) tries to create RelightNet/conv_in again. Open the scope with reuse=tf.compat.v1.AUTO_REUSE (or pass reuse=True for the second call).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def relight_net(low_img, reflect):
    with tf.compat.v1.variable_scope("RelightNet"):
        stacked = tf.concat([low_img, reflect], axis=3)
        k_in = tf.compat.v1.get_variable("conv_in", [3, 3, 4, 16])
        h = tf.nn.relu(tf.nn.conv2d(stacked, k_in, strides=1, padding="SAME"))
        k_out = tf.compat.v1.get_variable("conv_out", [3, 3, 16, 1])
        return tf.nn.sigmoid(tf.nn.conv2d(h, k_out, strides=1, padding="SAME"))
# %%
rng = np.random.default_rng(11)
low_batch = rng.random((4, 32, 32, 3), dtype=np.float32)
refl_batch = rng.random((4, 32, 32, 1), dtype=np.float32)
low_in = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3])
refl_in = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 1])
# %%
illum_train = relight_net(low_in, refl_in)
eval_low = tf.compat.v1.placeholder(tf.float32, [1, 32, 32, 3])
illum_eval = relight_net(eval_low, refl_in[:1])
