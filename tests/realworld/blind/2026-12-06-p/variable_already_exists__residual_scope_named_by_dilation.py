# source: https://github.com/philipperemy/keras-tcn/issues/39
# family: variable_already_exists
# raises: ValueError
# cause: 2:2, 3:1
# raise: 3:4
# culprit: res_d1 | dilation
# expect: residual_block names its variable scope only after the dilation rate, and DILATIONS repeats 1, so the second block asks get_variable for res_d1/filter again: "Variable res_d1/filter already exists, disallowed". Include the block index in the scope name (e.g. "res%d_d%d" % (i, d)).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

SEQ_LEN, CHANNELS, FILTERS = 32, 4, 8
signal = tf.compat.v1.placeholder(tf.float32, [None, SEQ_LEN, CHANNELS], name="signal")
# %%
def residual_block(x, dilation, filters):
    with tf.compat.v1.variable_scope("res_d%d" % dilation):
        in_ch = int(x.shape[-1])
        kernel = tf.compat.v1.get_variable("filter", [2, in_ch, filters])
        skip_w = tf.compat.v1.get_variable("skip", [1, in_ch, filters])
        y = tf.nn.relu(tf.nn.conv1d(x, kernel, stride=1, padding="SAME", dilations=dilation))
        return y + tf.nn.conv1d(x, skip_w, stride=1, padding="SAME")
# %%
DILATIONS = [1, 1, 2, 4]
h = signal
for d in DILATIONS:
    h = residual_block(h, d, FILTERS)
forecast = tf.reduce_mean(h, axis=[1, 2])
