# source: https://github.com/hellochick/ICNet-tensorflow/issues/128
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 3:1, 3:5
# raise: 3:7
# culprit: cls_bias | cls_weights | NUM_CLASSES
# expect: The pretrained checkpoint has a 6-class classifier but cell 3 sets NUM_CLASSES = 4 and restores every global variable, so cls_weights/cls_bias shapes do not match ([4] vs [6]). Exclude the classifier variables from the restore var_list (and initialize them), or keep the class count.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf.compat.v1.disable_resource_variables()

def segment_head(feats, num_classes):
    with tf.compat.v1.variable_scope("seg"):
        w_feat = tf.compat.v1.get_variable("feat_weights", [8, 16])
        hidden = tf.nn.relu(tf.matmul(feats, w_feat))
        w_cls = tf.compat.v1.get_variable("cls_weights", [16, num_classes])
        b_cls = tf.compat.v1.get_variable("cls_bias", [num_classes], initializer=tf.compat.v1.zeros_initializer())
        return tf.matmul(hidden, w_cls) + b_cls
# %%
NUM_CLASSES = 6
feats = tf.compat.v1.placeholder(tf.float32, [None, 8])
logits = segment_head(feats, NUM_CLASSES)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(sess, "/tmp/b2_icnet/pretrained.ckpt")
# %%
NUM_CLASSES = 4
tf.compat.v1.reset_default_graph()
feats = tf.compat.v1.placeholder(tf.float32, [None, 8])
logits = segment_head(feats, NUM_CLASSES)
restore_var = tf.compat.v1.global_variables()
sess = tf.compat.v1.Session()
tf.compat.v1.train.Saver(var_list=restore_var).restore(sess, "/tmp/b2_icnet/pretrained.ckpt")
