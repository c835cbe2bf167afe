# source: https://github.com/paarthneekhara/text-to-image/issues/52
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:3
# raise: 3:6
# culprit: d_bn1/moving_mean | track_moving_stats
# expect: the image-generation cell rebuilds the discriminator with track_moving_stats=True, which adds d_bn1/moving_mean and d_bn1/moving_var variables that the training graph never had; the default Saver asks the checkpoint for them and the restore fails with "not found in checkpoint". Rebuild the graph exactly as it was trained (track_moving_stats=False) or restore with a var_list limited to the checkpoint's variables.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

def discriminator(img, track_moving_stats=False):
    w = tf1.get_variable("d_h0/w", [64, 32])
    h = tf.matmul(tf.reshape(img, [-1, 64]), w)
    gamma = tf1.get_variable("d_bn1/gamma", [32], initializer=tf1.ones_initializer())
    mean, var = tf.nn.moments(h, axes=[0])
    if track_moving_stats:
        mean = tf1.get_variable("d_bn1/moving_mean", [32], trainable=False, initializer=tf1.zeros_initializer())
        var = tf1.get_variable("d_bn1/moving_var", [32], trainable=False, initializer=tf1.ones_initializer())
    h = gamma * (h - mean) / tf.sqrt(var + 1e-5)
    out_w = tf1.get_variable("d_out/w", [32, 1])
    return tf.matmul(tf.nn.leaky_relu(h), out_w)
# %%
model_dir = tempfile.mkdtemp()
with tf.Graph().as_default():
    real = tf1.placeholder(tf.float32, [None, 8, 8])
    d_logits = discriminator(real)
    with tf1.Session() as sess:
        sess.run(tf1.global_variables_initializer())
        latest = tf1.train.Saver().save(sess, os.path.join(model_dir, "latest_model.ckpt"))
# %%
gen_graph = tf.Graph()
with gen_graph.as_default():
    d_logits = discriminator(tf1.placeholder(tf.float32, [None, 8, 8]), track_moving_stats=True)
    saver = tf1.train.Saver()
    sess = tf1.Session()
    saver.restore(sess, latest)
