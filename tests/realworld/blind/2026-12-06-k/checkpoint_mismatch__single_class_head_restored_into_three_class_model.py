# source: https://github.com/yangxue0827/R2CNN_FPN_Tensorflow/issues/79
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 4:6
# raise: 5:3
# culprit: cls_head/w | cls_head | CLASS_NUM
# expect: CLASS_NUM was raised from 1 to 3, but the Saver restores every global variable, including cls_head/w and cls_head/b that the checkpoint holds with 2 columns; on TF 2.21 the resource variables silently take the checkpoint's [16, 2] value, so the first training step fails with "logits and labels must be broadcastable: logits_size=[8,2] labels_size=[8,4]". Restore only the backbone (Saver(var_list=backbone variables)) and leave the new head freshly initialized.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

CKPT_DIR = tempfile.mkdtemp()
rng = np.random.default_rng(11)

def build_backbone(x, cfg):
    with tf1.variable_scope("backbone"):
        w = tf1.get_variable("proj", [cfg["IN_DIM"], cfg["FEAT_DIM"]])
    return tf.nn.relu(tf.matmul(x, w))

def build_head(feats, cfg):
    with tf1.variable_scope("cls_head"):
        w = tf1.get_variable("w", [cfg["FEAT_DIM"], cfg["CLASS_NUM"] + 1])
        b = tf1.get_variable("b", [cfg["CLASS_NUM"] + 1], initializer=tf1.zeros_initializer())
    return tf.matmul(feats, w) + b
# %%
# the released single-class detector checkpoint
base_cfg = {"CLASS_NUM": 1, "IN_DIM": 20, "FEAT_DIM": 16}
x0 = tf1.placeholder(tf.float32, [None, base_cfg["IN_DIM"]])
build_head(build_backbone(x0, base_cfg), base_cfg)
with tf1.Session() as s:
    s.run(tf1.global_variables_initializer())
    tf1.train.Saver().save(s, os.path.join(CKPT_DIR, "pretrained"))
tf1.reset_default_graph()
# %%
cfgs = {"CLASS_NUM": 3, "IN_DIM": 20, "FEAT_DIM": 16, "LR": 1e-3, "BATCH": 8}
images = rng.normal(size=(64, cfgs["IN_DIM"])).astype("float32")
labels = rng.integers(0, cfgs["CLASS_NUM"] + 1, size=64)
# %%
inputs = tf1.placeholder(tf.float32, [None, cfgs["IN_DIM"]])
onehot = tf1.placeholder(tf.float32, [None, cfgs["CLASS_NUM"] + 1])
logits = build_head(build_backbone(inputs, cfgs), cfgs)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=onehot, logits=logits))
train_op = tf1.train.GradientDescentOptimizer(cfgs["LR"]).minimize(loss)
restorer = tf1.train.Saver(tf1.global_variables())
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
restorer.restore(sess, os.path.join(CKPT_DIR, "pretrained"))
# %%
for step in range(3):
    idx = rng.choice(64, cfgs["BATCH"])
    _, l = sess.run([train_op, loss], {inputs: images[idx], onehot: np.eye(cfgs["CLASS_NUM"] + 1)[labels[idx]]})
    print(step, l)
