# source: https://github.com/mshunshin/SegNetCMR/issues/7
# family: feed_mismatch
# raises: ValueError
# cause: 1:7
# raise: 3:3
# culprit: val_slices | n_val
# expect: with 9 slices and VAL_FRACTION = 0.1, int(9 * 0.1) is 0, so val_slices is an empty (0, 64, 64, 1) array, which cannot be fed to the images placeholder of shape (6, 64, 64, 1). Compute the split so the validation set is non-empty (e.g. max(1, round(...))) and give the placeholder a None batch dimension.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
slices = np.random.rand(9, 64, 64, 1).astype(np.float32)
VAL_FRACTION = 0.1
n_val = int(len(slices) * VAL_FRACTION)
train_slices, val_slices = slices[n_val:], slices[:n_val]
# %%
g = tf.Graph()
with g.as_default():
    images = tf1.placeholder(tf.float32, [6, 64, 64, 1], name="images")
    k = tf1.get_variable("k", [3, 3, 1, 2])
    logits = tf.nn.conv2d(images, k, 1, "SAME")
    init = tf1.global_variables_initializer()
# %%
with tf1.Session(graph=g) as sess:
    sess.run(init)
    val_logits = sess.run(logits, {images: val_slices})
