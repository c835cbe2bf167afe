# source: https://github.com/tensorflow/tensorflow/issues/5751
# family: feed_mismatch
# raises: ValueError
# cause: 1:8, 1:9, 2:3
# raise: 3:5
# culprit: pixels | 2352
# expect: The images were loaded with 3 colour channels, so each flattened row has 28*28*3 = 2352 values, while the pixels placeholder expects 784 (one channel). Convert to grayscale (or declare 2352 inputs).
# %%
import numpy as np

IMAGE_SIDE = 28
def load_scans(count):
    rng = np.random.default_rng(0)
    scans = []
    for _ in range(count):
        rgb = rng.random((IMAGE_SIDE, IMAGE_SIDE, 3), dtype=np.float32)
        scans.append(rgb.flatten())
    return np.asarray(scans)
train_scans = load_scans(8)
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
pixels = tf.compat.v1.placeholder(tf.float32, [None, IMAGE_SIDE * IMAGE_SIDE], name="pixels")
w = tf.Variable(tf.zeros([IMAGE_SIDE * IMAGE_SIDE, 5]))
class_scores = tf.matmul(pixels, w)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
batch = train_scans[:8]
print("batch ready")
scores = sess.run(class_scores, feed_dict={pixels: batch})
