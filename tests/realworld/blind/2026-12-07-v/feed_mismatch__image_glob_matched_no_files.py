# source: https://github.com/vimal1083/handwritten-character-recognition/issues/10
# family: feed_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:6
# culprit: get_images | x
# expect: get_images globs for *.png but the character scans were saved as .npy files, so it returns an empty array of shape (0,) that cannot be fed to the (?, 660) placeholder x. Fix the file pattern (*.npy) so real 660-value rows are loaded.
# %%
import glob, os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
scan_dir = tempfile.mkdtemp()
for k in range(5):
    np.save(os.path.join(scan_dir, f"char_{k}.npy"), np.random.rand(660).astype(np.float32))
# %%
def get_images():
    paths = sorted(glob.glob(os.path.join(scan_dir, "*.png")))
    return np.array([np.load(p) for p in paths], dtype=np.float32)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 660])
w = tf.Variable(tf.zeros([660, 26]))
y_pred_cls = tf.argmax(tf.matmul(x, w), axis=1)
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())
res = session.run(y_pred_cls, feed_dict={x: get_images()})
