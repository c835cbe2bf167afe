# source: https://github.com/mrharicot/monodepth/issues/68
# family: feed_mismatch
# raises: ValueError
# cause: 2:1, 2:2
# raise: 3:7
# culprit: pose_batch | poses_ph
# expect: The list comprehension keeps only records whose split is "val", but the records are labelled "valid", so pose_batch is an empty array of shape (0,) and cannot be fed to the (?, 6) placeholder. Fix the split name in the filter.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(4)
records = [{"split": "train" if i % 5 else "valid", "pose": rng.normal(size=6).astype(np.float32)} for i in range(100)]
poses_ph = tf.compat.v1.placeholder(tf.float32, [None, 6], name="poses")
w_pose = tf.Variable(tf.random.normal([6, 1]), name="w_pose")
pose_err = tf.reduce_mean(tf.square(tf.matmul(poses_ph, w_pose)))
# %%
split = "val"
pose_batch = np.array([r["pose"] for r in records if r["split"] == split])
print(len(records), "records loaded")
# %%
init = tf.compat.v1.global_variables_initializer()
with tf.compat.v1.Session() as sess:
    sess.run(init)
    results = {}
    for name in ["pose_err"]:
        fetch = {"pose_err": pose_err}[name]
        results[name] = sess.run(fetch, feed_dict={poses_ph: pose_batch})
