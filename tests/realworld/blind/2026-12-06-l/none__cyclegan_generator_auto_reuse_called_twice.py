# source: https://github.com/vanhuyz/CycleGAN-TensorFlow/issues/69
# family: none
# raises: NONE
# cause: 2:7
# raise: NONE
# culprit: AUTO_REUSE
# expect: Correct code: the generator object opens variable_scope(self.name, reuse=tf.compat.v1.AUTO_REUSE), so the second call (on the cycle-reconstruction input) reuses G/conv_w and G/out_w instead of trying to create them again; the initializer runs after both calls, so nothing is left uninitialized. No error or warning.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(13)
photos = rng.random((4, 16, 16, 3)).astype(np.float32)
paintings = rng.random((4, 16, 16, 3)).astype(np.float32)
# %%
class Generator:
    def __init__(self, name, ngf=8):
        self.name = name
        self.ngf = ngf

    def __call__(self, images):
        with tf.compat.v1.variable_scope(self.name, reuse=tf.compat.v1.AUTO_REUSE):
            conv_w = tf.compat.v1.get_variable("conv_w", [3, 3, 3, self.ngf])
            h = tf.nn.relu(tf.nn.conv2d(images, conv_w, strides=1, padding="SAME"))
            out_w = tf.compat.v1.get_variable("out_w", [1, 1, self.ngf, 3])
            return tf.tanh(tf.nn.conv2d(h, out_w, strides=1, padding="SAME"))

G = Generator("G")
x_in = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3], name="x_in")
fake_y = G(x_in)
cycle_x = G(fake_y)
cycle_loss = tf.reduce_mean(tf.abs(cycle_x - x_in))
print([v.name for v in tf.compat.v1.global_variables()])
# %%
train_op = tf.compat.v1.train.AdamOptimizer(2e-4).minimize(cycle_loss)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for step in range(2):
        _, loss_val = sess.run([train_op, cycle_loss], {x_in: photos})
        print(step, loss_val)
