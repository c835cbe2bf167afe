# source: https://github.com/pannous/tensorflow-speech-recognition/issues/9
# family: feed_mismatch
# raises: ValueError
# cause: 1:6, 2:1
# raise: 3:10
# culprit: frames_in | FLAT_DIM
# expect: The placeholder width FLAT_DIM comes from the config's 512x512 spectrogram size, but the batches the loader yields are 64x64 spectrograms flattened to 4096 values, so feeding (8, 4096) into a (None, 262144) placeholder fails. Size the placeholder from the data actually produced (spec_size 64, or batch_x.shape[1]).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CONFIG = {
    "spec_size": 512,
    "n_classes": 10,
    "lr": 0.01,
}
SPEC_SIZE = CONFIG["spec_size"]
N_CLASSES = CONFIG["n_classes"]
# %%
FLAT_DIM = SPEC_SIZE * SPEC_SIZE
frames_in = tf.compat.v1.placeholder(tf.float32, [None, FLAT_DIM], name="frames_in")
labels_in = tf.compat.v1.placeholder(tf.float32, [None, N_CLASSES], name="labels_in")
w = tf.Variable(tf.zeros([FLAT_DIM, N_CLASSES]), name="w")
b = tf.Variable(tf.zeros([N_CLASSES]), name="b")
logits = tf.matmul(frames_in, w) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels_in, logits=logits))
train_step = tf.compat.v1.train.GradientDescentOptimizer(CONFIG["lr"]).minimize(loss)
# %%
def next_batch(rng, size=8):
    specs = rng.random((size, 64, 64)).astype(np.float32)
    onehot = np.eye(N_CLASSES, dtype=np.float32)[rng.integers(0, N_CLASSES, size)]
    return specs.reshape(size, -1), onehot

rng = np.random.default_rng(0)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
batch_x, batch_y = next_batch(rng)
sess.run(train_step, feed_dict={frames_in: batch_x, labels_in: batch_y})
