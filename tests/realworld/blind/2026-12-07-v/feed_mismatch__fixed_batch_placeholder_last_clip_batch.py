# source: https://github.com/yfxc/pseudo-3d-tensorflow/issues/2
# family: feed_mismatch
# raises: ValueError
# cause: 2:1, 3:3
# raise: 3:6
# culprit: clip_in
# expect: clip_in was declared with a fixed batch dimension of BATCH = 12, but 70 clips do not split into batches of 12: the last slice holds 10 clips and cannot be fed. Declare the batch dimension as None (and the labels likewise), or drop the incomplete final batch.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
BATCH = 12
clips = np.random.rand(70, 4, 16, 16, 3).astype(np.float32)
clip_labels = np.random.randint(0, 5, 70)
# %%
clip_in = tf1.placeholder(tf.float32, [BATCH, 4, 16, 16, 3], name="clip_in")
label_in = tf1.placeholder(tf.int64, [BATCH], name="label_in")
feat = tf.reduce_mean(clip_in, axis=[1, 2, 3])
w = tf1.get_variable("cls_w", [3, 5])
logits = tf.matmul(feat, w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_in, logits=logits))
train_op = tf1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for start in range(0, len(clips), BATCH):
    xb = clips[start:start + BATCH]
    yb = clip_labels[start:start + BATCH]
    sess.run(train_op, feed_dict={clip_in: xb, label_in: yb})
