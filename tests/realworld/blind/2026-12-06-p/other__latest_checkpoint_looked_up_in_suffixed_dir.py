# source: https://github.com/lokkelvin2/dc_tts_GUI/issues/9
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:5
# culprit: latest_checkpoint | restore_dir | save_path
# expect: restore_dir appends "-1" to the run directory, where no checkpoint state exists, so tf.train.latest_checkpoint returns None and Saver.restore fails with "Can't load save_path when it is None". Point it at RUN_DIR (where saver.save wrote) and check for None before restoring.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

RUN_DIR = "/tmp/b16_tts_runs/text2mel"
os.makedirs(RUN_DIR, exist_ok=True)
chars = tf.compat.v1.placeholder(tf.float32, [None, 12], name="chars")
mels = tf.compat.v1.placeholder(tf.float32, [None, 4], name="mels")
proj = tf.compat.v1.get_variable("proj", [12, 4])
pred = tf.matmul(chars, proj)
loss = tf.reduce_mean(tf.square(pred - mels))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
saver = tf.compat.v1.train.Saver()
# %%
rng = np.random.default_rng(0)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for step in range(3):
        sess.run(train_op, {chars: rng.random((8, 12)), mels: rng.random((8, 4))})
    saver.save(sess, os.path.join(RUN_DIR, "model"), global_step=3)
# %%
restore_dir = RUN_DIR + "-1"
with tf.compat.v1.Session() as sess:
    latest = tf.train.latest_checkpoint(restore_dir)
    print("restoring", latest)
    saver.restore(sess, latest)
    mel_out = sess.run(pred, {chars: rng.random((1, 12))})
