# source: https://github.com/carpedm20/simulated-unsupervised-tensorflow/pull/8
# family: variable_not_found
# raises: ValueError
# cause: 3:6
# raise: 3:6
# culprit: discriminator/conv_1 | critic
# expect: The first call that builds critic() already passes reuse=True, so tf.compat.v1.variable_scope("discriminator", reuse=True) looks up discriminator/conv_1/weights before anything created it ("does not exist, or was not created with tf.get_variable()"). Build the discriminator once with reuse=False (the real-image branch) and only pass reuse=True on the later calls.
# %%
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
# %%
def critic(images, reuse):
    with tf1.variable_scope("discriminator", reuse=reuse):
        with tf1.variable_scope("conv_1"):
            k1 = tf1.get_variable("weights", [3, 3, 1, 32])
            h = tf.nn.relu(tf.nn.conv2d(images, k1, strides=2, padding="SAME"))
        with tf1.variable_scope("conv_2"):
            k2 = tf1.get_variable("weights", [3, 3, 32, 2])
            return tf.nn.conv2d(h, k2, strides=1, padding="SAME")
# %%
synthetic = tf1.placeholder(tf.float32, [None, 35, 55, 1], name="synthetic")
real = tf1.placeholder(tf.float32, [None, 35, 55, 1], name="real")
with tf1.variable_scope("refiner"):
    gain = tf1.get_variable("gain", [], initializer=tf1.ones_initializer())
    refined = synthetic * gain
d_refined_logits = critic(refined, reuse=True)
d_real_logits = critic(real, reuse=True)
