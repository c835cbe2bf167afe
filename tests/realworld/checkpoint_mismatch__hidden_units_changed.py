# source: https://github.com/mozilla/DeepSpeech/issues/2081
# family: checkpoint_mismatch
# raises: NONE
# cause: 2:2
# raise: NONE
# culprit: rnn_in/w | rnn_out/w
# expect: The checkpoint was trained with n_hidden=48 but the graph is rebuilt with n_hidden=64; on TF 2.21 the resource variables silently take the checkpoint's [26, 48] / [48, 29] values, so the restore 'succeeds' and the model runs with shapes other than the graph declares. Warn that the restored shapes differ from the variables' declared shapes; rebuild with the checkpoint's sizes.
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def acoustic_model(n_hidden):
    frames = tf.compat.v1.placeholder(tf.float32, [None, 26])
    with tf.compat.v1.variable_scope("rnn_in"):
        w_in = tf.compat.v1.get_variable("w", [26, n_hidden])
    with tf.compat.v1.variable_scope("rnn_out"):
        w_out = tf.compat.v1.get_variable("w", [n_hidden, 29])
    return frames, tf.matmul(tf.matmul(frames, w_in), w_out)

ckpt_dir = tempfile.mkdtemp()
acoustic_model(n_hidden=48)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(sess, os.path.join(ckpt_dir, "speech"))
# %%
tf.compat.v1.reset_default_graph()
frames, letters = acoustic_model(n_hidden=64)

saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
latest = tf.train.latest_checkpoint(ckpt_dir)
print("restoring", latest)
saver.restore(sess, latest)
print(sess.run(letters, {frames: [[0.5] * 26]}).shape)
