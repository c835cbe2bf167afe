# source: https://github.com/hx173149/C3D-tensorflow/issues/110
# family: none
# raises: NONE
# cause: 3:3
# raise: NONE
# culprit: CLIP_BATCH
# expect: Nothing is wrong: the clip placeholder has a fixed batch dimension, but the loop only walks full batches (the remainder 110 % 12 is dropped), so every feed is exactly (12, 8, 16, 16, 3). No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
CLIP_BATCH, FRAMES, SIDE = 12, 8, 16
rng = np.random.default_rng(50)
clips = rng.random((110, FRAMES, SIDE, SIDE, 3)).astype("float32")
actions = rng.integers(0, 5, 110).astype("int64")
# %%
clip_in = tf.compat.v1.placeholder(tf.float32, [CLIP_BATCH, FRAMES, SIDE, SIDE, 3], name="clips")
action_in = tf.compat.v1.placeholder(tf.int64, [CLIP_BATCH], name="actions")
pooled = tf.reduce_mean(clip_in, axis=[1, 2, 3])
w = tf.compat.v1.get_variable("c3d_out", [3, 5])
xent = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=action_in, logits=tf.matmul(pooled, w)))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(xent)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
usable = len(clips) - len(clips) % CLIP_BATCH
losses = []
for start in range(0, usable, CLIP_BATCH):
    feed = {clip_in: clips[start:start + CLIP_BATCH], action_in: actions[start:start + CLIP_BATCH]}
    _, l = sess.run([train_op, xent], feed_dict=feed)
    losses.append(l)
print(len(losses), "steps")
