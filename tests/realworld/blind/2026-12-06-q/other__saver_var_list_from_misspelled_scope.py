# source: https://github.com/tensorflow/models/issues/713
# family: other
# raises: ValueError
# cause: 1:3, 3:1
# raise: 3:2
# culprit: inception_encoder | InceptionEncoder
# expect: The encoder variables live under the scope "InceptionEncoder", but the var_list is collected with scope="inception_encoder", which matches nothing, so the Saver gets an empty list ("No variables to save"). Collect with the scope name actually used.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
PRETRAINED_SCOPE = "inception_encoder"
# %%
with tf.compat.v1.variable_scope("InceptionEncoder"):
    conv_w = tf.compat.v1.get_variable("conv_w", [3, 3, 3, 8])
    fc_w = tf.compat.v1.get_variable("fc_w", [8, 4])
with tf.compat.v1.variable_scope("caption_head"):
    out_w = tf.compat.v1.get_variable("out_w", [4, 10])
# %%
encoder_vars = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope=PRETRAINED_SCOPE)
encoder_saver = tf.compat.v1.train.Saver(encoder_vars)
