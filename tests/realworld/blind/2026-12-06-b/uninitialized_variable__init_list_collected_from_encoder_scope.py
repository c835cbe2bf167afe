# source: https://github.com/MaybeShewill-CV/lanenet-lane-detection/issues/244
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1
# raise: 3:4
# culprit: decode/deconv_kernel | variables_initializer
# expect: The initializer only covers the variables collected from the "frontend/encode" scope, so the decoder's deconv kernel (frontend/decode/deconv_kernel) is never initialized and the segmentation output fails. Initialize all global variables (or include the decode scope).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
frames = tf.compat.v1.placeholder(tf.float32, [1, 16, 16, 3], name="frames")
# %%
with tf.compat.v1.variable_scope("frontend"):
    with tf.compat.v1.variable_scope("encode"):
        k_enc = tf.compat.v1.get_variable("conv_kernel", [3, 3, 3, 8])
        enc = tf.nn.relu(tf.nn.conv2d(frames, k_enc, strides=2, padding="SAME"))
    with tf.compat.v1.variable_scope("decode"):
        k_dec = tf.compat.v1.get_variable("deconv_kernel", [3, 3, 2, 8])
        binary_seg = tf.nn.conv2d_transpose(enc, k_dec, output_shape=[1, 16, 16, 2], strides=2)
# %%
init_op = tf.compat.v1.variables_initializer(tf.compat.v1.global_variables(scope="frontend/encode"))
sess = tf.compat.v1.Session()
sess.run(init_op)
seg = sess.run(binary_seg, {frames: np.random.rand(1, 16, 16, 3)})
