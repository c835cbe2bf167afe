# source: https://github.com/HuiDingUMD/ExprGAN/issues/7
# family: variable_not_found
# raises: ValueError
# cause: 3:9
# raise: 4:2
# culprit: reuse_variables | Adam
# expect: reuse_variables() was called on the root variable scope while building the sampler, so every later get_variable runs with reuse=True; AdamOptimizer.minimize then tries to create its slot variables (enc_conv0/w/Adam) and they "do not exist". Build the sampler inside its own variable_scope(..., reuse=True) (or use AUTO_REUSE) instead of flipping the root scope to reuse.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(7)
faces = rng.random((32, 16, 16, 1), dtype=np.float32)
codes_dim = 8
# %%
def encoder(images):
    with tf.compat.v1.variable_scope("enc_conv0"):
        w = tf.compat.v1.get_variable("w", [3, 3, 1, 4])
        h = tf.nn.relu(tf.nn.conv2d(images, w, strides=2, padding="SAME"))
    with tf.compat.v1.variable_scope("enc_fc"):
        flat = tf.reshape(h, [-1, 8 * 8 * 4])
        w_fc = tf.compat.v1.get_variable("w", [8 * 8 * 4, codes_dim])
        return tf.matmul(flat, w_fc)

def generator(z):
    with tf.compat.v1.variable_scope("dec_fc"):
        w = tf.compat.v1.get_variable("w", [codes_dim, 16 * 16])
        return tf.reshape(tf.nn.sigmoid(tf.matmul(z, w)), [-1, 16, 16, 1])
# %%
images_in = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1], name="images")
noise_in = tf.compat.v1.placeholder(tf.float32, [None, codes_dim], name="noise")

codes = encoder(images_in)
recon = generator(codes)
recon_loss = tf.reduce_mean(tf.abs(recon - images_in))

# sampler shares the generator weights
tf.compat.v1.get_variable_scope().reuse_variables()
samples = generator(noise_in)

enc_vars = [v for v in tf.compat.v1.trainable_variables() if v.name.startswith("enc_")]
dec_vars = [v for v in tf.compat.v1.trainable_variables() if v.name.startswith("dec_")]
# %%
ae_optimizer = tf.compat.v1.train.AdamOptimizer(2e-4, beta1=0.5)
train_autoenc = ae_optimizer.minimize(recon_loss, var_list=enc_vars + dec_vars)
