# source: https://github.com/yfxc/pseudo-3d-tensorflow/issues/6
# family: feed_mismatch
# raises: ValueError
# cause: 2:4
# raise: 3:14
# culprit: train_clips | clips_in
# expect: load_clips globs "*.npz" but the clips were written as .npy files, so the list is empty and np.array([]) has shape (0,); feeding that into the (4, 8, 16, 16, 3) clips placeholder fails. Fix the glob pattern (CLIP_PATTERN = "*.npy") so real clips are loaded.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CLIP_DIR = "/tmp/b12_p3d_clips"
os.makedirs(CLIP_DIR, exist_ok=True)
rng = np.random.default_rng(5)
for i in range(8):
    np.save(os.path.join(CLIP_DIR, f"clip_{i:03d}.npy"), rng.random((8, 16, 16, 3), dtype=np.float32))
    np.save(os.path.join(CLIP_DIR, f"label_{i:03d}.npy"), np.array(i % 3))
print(sorted(os.listdir(CLIP_DIR))[:4])
# %%
import glob

BATCH, FRAMES, SIDE = 4, 8, 16
CLIP_PATTERN = "clip_*.npz"

def load_clips(start):
    paths = sorted(glob.glob(os.path.join(CLIP_DIR, CLIP_PATTERN)))[start:start + BATCH]
    clips = np.array([np.load(p) for p in paths], dtype=np.float32)
    labels = np.array([int(np.load(p.replace("clip_", "label_").replace(".npz", ".npy"))) for p in paths])
    return clips, labels

train_clips, train_labels = load_clips(0)
print("loaded", train_clips.shape)
# %%
clips_in = tf.compat.v1.placeholder(tf.float32, [BATCH, FRAMES, SIDE, SIDE, 3], name="clips_in")
labels_in = tf.compat.v1.placeholder(tf.int64, [BATCH], name="labels_in")
kernel = tf.compat.v1.get_variable("conv3d_k", [3, 3, 3, 3, 8])
feat = tf.nn.relu(tf.nn.conv3d(clips_in, kernel, strides=[1, 1, 1, 1, 1], padding="SAME"))
pooled = tf.reduce_mean(feat, axis=[1, 2, 3])
logits = tf.matmul(pooled, tf.compat.v1.get_variable("cls_w", [8, 3]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels_in, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)

sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for step in range(2):
    feed = {clips_in: train_clips, labels_in: train_labels}
    _, loss_val = sess.run([train_op, loss], feed_dict=feed)
    print(step, loss_val)
