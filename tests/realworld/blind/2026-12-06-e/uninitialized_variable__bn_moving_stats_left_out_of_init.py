# source: https://github.com/spyder-ide/spyder/issues/9160
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 4:3
# culprit: moving_variance | moving_mean
# expect: Only the trainable variables are initialized; batch normalization's moving_mean/moving_variance are non-trainable, so the inference pass (training=False reads them) fails reading the first block's batch_normalization/moving_mean. Initialize tf.compat.v1.global_variables() instead.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(5)
frames = rng.random((8, 12, 12, 3)).astype("float32")
# %%
def conv_block(x, filters, name, training):
    with tf.compat.v1.variable_scope(name):
        k = tf.compat.v1.get_variable("kernel", [3, 3, int(x.shape[-1]), filters])
        y = tf.nn.conv2d(x, k, strides=1, padding="SAME")
        c = y.shape[-1]
        mean_v = tf.compat.v1.get_variable("batch_normalization/moving_mean", [c], initializer=tf.zeros_initializer(), trainable=False)
        var_v = tf.compat.v1.get_variable("batch_normalization/moving_variance", [c], initializer=tf.ones_initializer(), trainable=False)
        gamma = tf.compat.v1.get_variable("batch_normalization/gamma", [c], initializer=tf.ones_initializer())
        beta = tf.compat.v1.get_variable("batch_normalization/beta", [c], initializer=tf.zeros_initializer())
        return tf.nn.relu(tf.nn.batch_normalization(y, mean_v, var_v, beta, gamma, 1e-3))

inp = tf.compat.v1.placeholder(tf.float32, [None, 12, 12, 3])
feat = conv_block(inp, 8, "conv6", training=False)
feat = conv_block(feat, 8, "conv7", training=False)
enhanced = tf.reduce_mean(feat, axis=-1)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.variables_initializer(tf.compat.v1.trainable_variables()))
# %%
print("running enhancement")
for i in range(2):
    out = sess.run(enhanced, feed_dict={inp: frames[i * 4:(i + 1) * 4]})
