# source: https://github.com/xuanjihe/speech-emotion-recognition/issues/23
# family: feed_mismatch
# raises: ValueError
# cause: 1:2, 2:4, 1:6
# raise: 3:3
# culprit: X | N_FRAMES | 300
# expect: load_features produces 300 frames per utterance, but the X placeholder was declared with N_FRAMES = 200 frames, so the (6, 300, 40, 3) batch cannot be fed. Make N_FRAMES match the loaded features (300) or declare the frame axis as None.
# %%
import numpy as np
N_FRAMES = 200
N_MELS = 40
N_EMOTIONS = 4

def load_features(n_utts, n_frames=300):
    rng = np.random.default_rng(5)
    static = rng.normal(size=(n_utts, n_frames, N_MELS, 1)).astype("float32")
    deltas = np.diff(static, axis=1, prepend=static[:, :1])
    deltas2 = np.diff(deltas, axis=1, prepend=deltas[:, :1])
    return np.concatenate([static, deltas, deltas2], axis=-1)

valid_data = load_features(6)
valid_label = np.eye(N_EMOTIONS, dtype="float32")[np.arange(6) % N_EMOTIONS]
# %%
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
X = tf1.placeholder(tf.float32, shape=[None, N_FRAMES, N_MELS, 3], name="X")
Y = tf1.placeholder(tf.float32, shape=[None, N_EMOTIONS], name="Y")
pooled = tf.reduce_mean(X, axis=[1, 2])
W = tf1.get_variable("W", [3, N_EMOTIONS])
logits = tf.matmul(pooled, W)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=Y, logits=logits))
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
valid_cost = sess.run(cost, feed_dict={X: valid_data, Y: valid_label})
