# source: https://github.com/ZhaoJ9014/Multi-Human-Parsing/issues/14
# family: other
# raises: TypeError
# cause: 1:8
# raise: 2:4
# culprit: label_ph | labels | float32
# expect: The label placeholder was declared float32, but tf.nn.sparse_softmax_cross_entropy_with_logits needs integer class ids for labels. Declare the placeholder as tf.int32 (or cast the reshaped labels to int32) before building the loss.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

NUM_PARTS = 5
H, W = 16, 16
image_ph = tf.compat.v1.placeholder(tf.float32, [None, H, W, 3], name="image_ph")
label_ph = tf.compat.v1.placeholder(tf.float32, [None, H, W], name="label_ph")

kernel = tf.compat.v1.get_variable("seg_kernel", [3, 3, 3, NUM_PARTS])
seg_logits = tf.nn.conv2d(image_ph, kernel, strides=1, padding="SAME")
# %%
flat_logits = tf.reshape(seg_logits, [-1, NUM_PARTS])
flat_labels = tf.reshape(label_ph, [-1])
seg_loss = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(logits=flat_logits, labels=flat_labels))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(seg_loss)
