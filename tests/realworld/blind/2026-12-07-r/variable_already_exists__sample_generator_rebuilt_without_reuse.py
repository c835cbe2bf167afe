# source: https://github.com/uclaacmai/Generative-Adversarial-Network-Tutorial/issues/8
# family: variable_already_exists
# raises: ValueError
# cause: 4:1, 2:2
# raise: 4:1
# culprit: generator | g_w1
# expect: generator() creates its weights with tf.compat.v1.get_variable (g_w1, g_wconv1, ...) and was already built for training; calling it again to draw a single sample creates the same names a second time in the same graph, so get_variable raises "Variable g_w1 already exists, disallowed". Call it inside a variable_scope with reuse=True (or give generator a reuse flag / use tf.compat.v1.AUTO_REUSE) when building the sampling branch.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
Z_DIM = 100
# %%
def generator(z, batch_size):
    g_w1 = tf1.get_variable("g_w1", [Z_DIM, 7 * 7 * 16], initializer=tf1.truncated_normal_initializer(stddev=0.02))
    h0 = tf.reshape(tf.matmul(z, g_w1), [batch_size, 7, 7, 16])
    g_wconv1 = tf1.get_variable("g_wconv1", [5, 5, 1, 16], initializer=tf1.truncated_normal_initializer(stddev=0.1))
    out = tf.nn.conv2d_transpose(h0, g_wconv1, output_shape=[batch_size, 14, 14, 1],
                                 strides=[1, 2, 2, 1], padding="SAME")
    return tf.nn.sigmoid(out)
# %%
z_placeholder = tf1.placeholder(tf.float32, [None, Z_DIM], name="z")
batch_size = 16
Gz = generator(z_placeholder, batch_size)
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
print(sess.run(Gz, {z_placeholder: np.random.normal(size=(batch_size, Z_DIM))}).shape)
# %%
sample_image = generator(z_placeholder, 1)
z_batch = np.random.normal(-1, 1, size=[1, Z_DIM])
single = sess.run(sample_image, feed_dict={z_placeholder: z_batch})
print(single.squeeze().shape)
