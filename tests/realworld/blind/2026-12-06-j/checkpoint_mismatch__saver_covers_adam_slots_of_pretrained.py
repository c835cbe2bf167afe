# source: https://github.com/cchen156/Learning-to-See-in-the-Dark/issues/70
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:2, 2:6
# raise: 3:5
# culprit: Adam | beta1_power | saver
# expect: The released checkpoint only holds the network weights, but tf.compat.v1.train.Saver() is created after AdamOptimizer.minimize, so it also tries to restore the optimizer's beta1_power/beta2_power and .../Adam slot variables, which are missing from the checkpoint. Build the Saver on the network variables only (var_list of g_conv1/g_out) and initialize the optimizer variables separately.
# %%
import os
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
CKPT_DIR = "/tmp/sid_pretrained_ckpt"
rng = np.random.default_rng(7)
in_patch = rng.random((2, 16, 16, 4), dtype=np.float32)
gt_patch = rng.random((2, 16, 16, 3), dtype=np.float32)

def build_net(x):
    with tf1.variable_scope("g_conv1"):
        w1 = tf1.get_variable("weights", [3, 3, 4, 8])
        h = tf.nn.leaky_relu(tf.nn.conv2d(x, w1, 1, "SAME"))
    with tf1.variable_scope("g_out"):
        w2 = tf1.get_variable("weights", [1, 1, 8, 3])
        return tf.nn.conv2d(h, w2, 1, "SAME")

# the released weights were exported from an inference-only graph
with tf.Graph().as_default():
    build_net(tf1.placeholder(tf.float32, [None, None, None, 4]))
    with tf1.Session() as export_sess:
        export_sess.run(tf1.global_variables_initializer())
        os.makedirs(CKPT_DIR, exist_ok=True)
        tf1.train.Saver().save(export_sess, os.path.join(CKPT_DIR, "model.ckpt"))
# %%
in_image = tf1.placeholder(tf.float32, [None, None, None, 4])
gt_image = tf1.placeholder(tf.float32, [None, None, None, 3])
out_image = build_net(in_image)
G_loss = tf.reduce_mean(tf.abs(out_image - gt_image))
lr = tf1.placeholder(tf.float32)
G_opt = tf1.train.AdamOptimizer(learning_rate=lr).minimize(G_loss)
# %%
sess = tf1.Session()
saver = tf1.train.Saver()
sess.run(tf1.global_variables_initializer())
ckpt = tf1.train.get_checkpoint_state(CKPT_DIR)
saver.restore(sess, ckpt.model_checkpoint_path)
