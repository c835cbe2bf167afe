# source: https://github.com/tensorflow/tensorflow/issues/24808
# family: checkpoint_mismatch
# raises: NONE
# cause: 3:4
# raise: NONE
# culprit: logits/weights | NUM_CLASSES
# expect: The checkpoint holds a 10-class logits/weights, but the fine-tuning graph has NUM_CLASSES=2, and a plain Saver() restores every variable, including the head. With resource variables TF 2.21 silently replaces the [20, 2] head by the saved [20, 10] one, so the 'binary' classifier now outputs 10 logits; a checker should warn about the shape-mismatched restore. Build the Saver with a var_list that excludes the logits scope.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
CKPT_DIR = tempfile.mkdtemp()
def build_net(num_classes):
    x = tf.compat.v1.placeholder(tf.float32, [None, 12], name="x")
    with tf.compat.v1.variable_scope("backbone"):
        h = tf.nn.relu(tf.matmul(x, tf.compat.v1.get_variable("weights", [12, 20])))
    with tf.compat.v1.variable_scope("logits"):
        out = tf.matmul(h, tf.compat.v1.get_variable("weights", [20, num_classes]))
    return x, out
# %%
tf.compat.v1.reset_default_graph()
x, out = build_net(10)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    ckpt_path = tf.compat.v1.train.Saver().save(sess, os.path.join(CKPT_DIR, "pretrained.ckpt"))
# %%
tf.compat.v1.reset_default_graph()
NUM_CLASSES = 2
x, out = build_net(NUM_CLASSES)
saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
saver.restore(sess, ckpt_path)
probs = sess.run(tf.nn.softmax(out), feed_dict={x: np.ones((3, 12), np.float32)})
print(probs.shape)
