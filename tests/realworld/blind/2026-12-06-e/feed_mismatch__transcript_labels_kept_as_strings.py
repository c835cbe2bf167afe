# source: https://github.com/pannous/tensorflow-speech-recognition/issues/4
# family: feed_mismatch
# raises: ValueError
# cause: 1:8
# raise: 3:5
# culprit: batch_ys | phoneme_ids
# expect: The target lines of the transcript file are kept as raw strings ("2 14 68 6 ..."), so feeding them to the float target placeholder fails converting the strings ("could not convert string to float"). Parse each line into numbers (np.array(line.split(), dtype=np.float32)) when loading.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(12)
N, FEATS, TARGET_LEN = 60, 20, 4
spectra = rng.random((N, FEATS)).astype("float32")
transcript_lines = [" ".join(str(v) for v in rng.integers(0, 80, TARGET_LEN)) for _ in range(N)]
phoneme_ids = np.array(transcript_lines)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, FEATS])
y_ = tf.compat.v1.placeholder(tf.float32, [None, TARGET_LEN])
W = tf.compat.v1.get_variable("W", [FEATS, TARGET_LEN])
y = tf.matmul(x, W)
loss = tf.reduce_mean(tf.square(y - y_))
train_step = tf.compat.v1.train.GradientDescentOptimizer(0.01).minimize(loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
def next_batch(i, size=20):
    return spectra[i:i + size], phoneme_ids[i:i + size]
for i in range(0, N, 20):
    batch_xs, batch_ys = next_batch(i)
    sess.run(train_step, feed_dict={x: batch_xs, y_: batch_ys})
