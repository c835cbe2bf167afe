# source: https://github.com/carpedm20/DCGAN-tensorflow/issues/116
# family: shape_mismatch
# raises: ValueError
# cause: 1:7
# raise: 3:3
# culprit: critic/score | BASE_SIDE
# expect: the generator starts from BASE_SIDE=4 and doubles until it reaches REAL_SIDE, so it emits 32x32 images while the real digits are 28x28; the reused critic's flattened size differs (2048 vs 1568) and get_variable refuses to share critic/score. Start the generator at 7 (7->14->28) or resize the fakes to the real size.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

REAL_SIDE = 28
NOISE_DIM = 16
BASE_SIDE = 4   # copied from the 32x32 CIFAR generator
real_imgs = tf.compat.v1.placeholder(tf.float32, [None, REAL_SIDE, REAL_SIDE, 1], name="real_imgs")
noise = tf.compat.v1.placeholder(tf.float32, [None, NOISE_DIM], name="noise")
# %%
def generator(z):
    with tf.compat.v1.variable_scope("gen"):
        w = tf.compat.v1.get_variable("proj", [NOISE_DIM, BASE_SIDE * BASE_SIDE * 8])
        x = tf.reshape(tf.matmul(z, w), [-1, BASE_SIDE, BASE_SIDE, 8])
        side = BASE_SIDE
        while side < REAL_SIDE:
            side *= 2
            x = tf.image.resize(x, [side, side])
        k = tf.compat.v1.get_variable("to_img", [3, 3, 8, 1])
        return tf.nn.tanh(tf.nn.conv2d(x, k, 1, "SAME"))

def critic(img, reuse=False):
    with tf.compat.v1.variable_scope("critic", reuse=reuse):
        k = tf.compat.v1.get_variable("conv", [4, 4, 1, 8])
        h = tf.nn.leaky_relu(tf.nn.conv2d(img, k, 2, "SAME"))
        flat = tf.reshape(h, [-1, int(np.prod(h.shape[1:]))])
        w = tf.compat.v1.get_variable("score", [flat.shape[-1], 1])
        return tf.matmul(flat, w)
# %%
fake_imgs = generator(noise)
real_logits = critic(real_imgs)
fake_logits = critic(fake_imgs, reuse=True)
d_loss = tf.reduce_mean(fake_logits) - tf.reduce_mean(real_logits)
