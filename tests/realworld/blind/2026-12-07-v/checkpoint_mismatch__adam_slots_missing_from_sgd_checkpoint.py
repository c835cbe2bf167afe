# source: https://github.com/ruiminshen/yolo-tf/issues/13
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:6, 3:5
# raise: 3:8
# culprit: saver | Adam
# expect: the checkpoint was written by a graph trained with plain gradient descent, but the fine-tuning graph adds an AdamOptimizer and builds Saver() over all global variables, including the Adam slot variables (weights/Adam, weights/Adam_1) that the checkpoint never contained. Restore with Saver(var_list=the model's own variables) and initialize the optimizer slots separately.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
ckpt_dir = tempfile.mkdtemp()
def darknet_head(x):
    with tf1.variable_scope("yolo2_darknet/conv9"):
        w = tf1.get_variable("weights", [5, 3])
    return tf.matmul(x, w)
# %%
with tf.Graph().as_default():
    feats = tf1.placeholder(tf.float32, [None, 5])
    loss = tf.reduce_mean(darknet_head(feats) ** 2)
    step = tf1.train.GradientDescentOptimizer(0.01).minimize(loss)
    with tf1.Session() as sess:
        sess.run(tf1.global_variables_initializer())
        sess.run(step, {feats: np.random.rand(4, 5)})
        tf1.train.Saver().save(sess, os.path.join(ckpt_dir, "model.ckpt"))
# %%
train_graph = tf.Graph()
with train_graph.as_default():
    feats = tf1.placeholder(tf.float32, [None, 5])
    loss = tf.reduce_mean(darknet_head(feats) ** 2)
    step = tf1.train.AdamOptimizer(1e-3).minimize(loss)
    saver = tf1.train.Saver()
sess = tf1.Session(graph=train_graph)
saver.restore(sess, os.path.join(ckpt_dir, "model.ckpt"))
