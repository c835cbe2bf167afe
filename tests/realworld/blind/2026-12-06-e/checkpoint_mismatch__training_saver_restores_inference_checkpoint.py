# source: https://github.com/cchen156/Learning-to-See-in-the-Dark/issues/60
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 4:2
# raise: 4:4
# culprit: Adam | denoise/conv1/kernel/Adam
# expect: The released checkpoint was written by the inference graph (weights only); the training graph's default Saver also covers the Adam slot variables, which are not in it ("Key .../Adam not found in checkpoint"). Build the restoring Saver over the model variables only (var_list=tf.compat.v1.trainable_variables() or the scope's variables), initialize the rest.
# env: TF_USE_LEGACY_KERAS=1
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
CKPT = "/tmp/b5_sid_ckpt/model.ckpt"

def denoiser(raw):
    with tf.compat.v1.variable_scope("denoise"):
        h = tf.compat.v1.layers.conv2d(raw, 8, 3, padding="same", activation=tf.nn.relu, name="conv1")
        return tf.compat.v1.layers.conv2d(h, 3, 3, padding="same", name="conv2")
# %%
# published weights come from the test script (no optimizer)
with tf.Graph().as_default():
    raw_in = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 4])
    denoiser(raw_in)
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(s, CKPT)
# %%
tf.compat.v1.reset_default_graph()
raw_in = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 4])
target = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3])
pred = denoiser(raw_in)
g_loss = tf.reduce_mean(tf.abs(pred - target))
train_op = tf.compat.v1.train.AdamOptimizer(1e-4).minimize(g_loss)
# %%
sess = tf.compat.v1.Session()
saver = tf.compat.v1.train.Saver()
sess.run(tf.compat.v1.global_variables_initializer())
saver.restore(sess, CKPT)
