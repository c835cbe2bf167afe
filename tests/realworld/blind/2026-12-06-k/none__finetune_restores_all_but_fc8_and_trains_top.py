# source: https://github.com/dgurkaynak/tensorflow-cnn-finetune/issues/8
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Every variable is initialized first, then a Saver limited to the pretrained layers (everything except fc8, whose class count changed) overwrites them from the checkpoint (the list is taken from the trainable variables, so the Momentum slots are not looked up in the checkpoint), and only fc7/fc8 are trained; the Saver's var_list, the order initializer-then-restore and the optimizer's var_list are all correct.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

CKPT = os.path.join(tempfile.mkdtemp(), "alexnet_like")
rng = np.random.default_rng(14)

def fc(x, n_out, name, relu=True):
    with tf1.variable_scope(name):
        w = tf1.get_variable("weights", [int(x.shape[-1]), n_out],
                             initializer=tf1.truncated_normal_initializer(stddev=0.005))
        b = tf1.get_variable("biases", [n_out], initializer=tf1.constant_initializer(1.0))
    y = tf.matmul(x, w) + b
    return tf.nn.relu(y) if relu else y

def alexnet_like(x, n_classes):
    h = fc(x, 32, "fc6")
    h = fc(h, 32, "fc7")
    return fc(h, n_classes, "fc8", relu=False)
# %%
with tf1.Graph().as_default():
    alexnet_like(tf1.placeholder(tf.float32, [None, 64]), n_classes=1000)
    with tf1.Session() as s:
        s.run(tf1.global_variables_initializer())
        tf1.train.Saver().save(s, CKPT)
# %%
NUM_CLASSES = 5
TRAIN_LAYERS = ["fc7", "fc8"]
x = tf1.placeholder(tf.float32, [None, 64])
y = tf1.placeholder(tf.int64, [None])
logits = alexnet_like(x, NUM_CLASSES)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_vars = [v for v in tf1.trainable_variables() if v.name.split("/")[0] in TRAIN_LAYERS]
train_op = tf1.train.MomentumOptimizer(0.01, 0.9).minimize(loss, var_list=train_vars)
pretrained_vars = [v for v in tf1.trainable_variables() if v.name.split("/")[0] in ("fc6", "fc7")]
restorer = tf1.train.Saver(var_list=pretrained_vars)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
restorer.restore(sess, CKPT)
feats = rng.normal(size=(20, 64)).astype("float32")
targets = rng.integers(0, NUM_CLASSES, size=20)
for epoch in range(3):
    _, l = sess.run([train_op, loss], feed_dict={x: feats, y: targets})
    print(epoch, round(float(l), 4))
