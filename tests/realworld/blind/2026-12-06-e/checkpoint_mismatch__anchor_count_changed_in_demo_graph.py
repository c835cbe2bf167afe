# source: https://github.com/CharlesShang/TFFRCNN/issues/88
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 3:1
# raise: 3:11
# culprit: ANCHOR_SCALES | rpn_bbox_pred
# expect: The demo graph is built with four anchor scales while the checkpoint was trained with two, so rpn_bbox_pred/biases is [48] in the graph but [24] in the file; TF 2.21's Saver restores the resource variable without checking its shape, so the head silently outputs 24 channels (6 anchors) and reshaping them per N_ANCHORS=12 anchors fails ("Input to reshape is a tensor with 2400 values, but the requested shape has 4800"). Build the demo network with the training ANCHOR_SCALES (same number of anchors).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
CKPT_DIR = "/tmp/b5_frcnn"
ANCHOR_RATIOS = [0.5, 1.0, 2.0]

def rpn_head(feat, n_anchors):
    with tf.compat.v1.variable_scope("rpn_conv"):
        w = tf.compat.v1.get_variable("weights", [3, 3, 16, 16])
        h = tf.nn.relu(tf.nn.conv2d(feat, w, 1, "SAME"))
    with tf.compat.v1.variable_scope("rpn_bbox_pred"):
        wb = tf.compat.v1.get_variable("weights", [1, 1, 16, n_anchors * 4])
        bb = tf.compat.v1.get_variable("biases", [n_anchors * 4], initializer=tf.zeros_initializer())
        return tf.nn.conv2d(h, wb, 1, "SAME") + bb
# %%
TRAIN_SCALES = [8, 16]
with tf.Graph().as_default():
    fmap = tf.compat.v1.placeholder(tf.float32, [1, 10, 10, 16])
    rpn_head(fmap, len(TRAIN_SCALES) * len(ANCHOR_RATIOS))
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(s, CKPT_DIR + "/frcnn_iter_100.ckpt")
# %%
ANCHOR_SCALES = [4, 8, 16, 32]
feature_map = tf.compat.v1.placeholder(tf.float32, [1, 10, 10, 16])
N_ANCHORS = len(ANCHOR_SCALES) * len(ANCHOR_RATIOS)
bbox_deltas = rpn_head(feature_map, N_ANCHORS)
per_anchor = tf.reshape(bbox_deltas, [1, 10, 10, N_ANCHORS, 4])
sess = tf.compat.v1.Session()
saver = tf.compat.v1.train.Saver()
print("Loading", tf.train.latest_checkpoint(CKPT_DIR))
saver.restore(sess, tf.train.latest_checkpoint(CKPT_DIR))
demo_feat = np.random.default_rng(0).random((1, 10, 10, 16)).astype("float32")
deltas = sess.run(per_anchor, feed_dict={feature_map: demo_feat})
