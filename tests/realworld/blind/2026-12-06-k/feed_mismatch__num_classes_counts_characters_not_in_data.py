# source: https://github.com/anandhkishan/Handwritten-Character-Recognition-using-CNN/issues/1
# family: feed_mismatch
# raises: ValueError
# cause: 1:7
# raise: 4:4
# culprit: N_CLASSES | 59 | y_true
# expect: N_CLASSES = 59 counts the 47 EMNIST classes plus 12 extra characters of the author's own dataset, but only the 47-class data is loaded, so the one-hot labels have 47 columns and cannot be fed to the [None, 59] y_true placeholder ("Cannot feed value of shape (64, 47) ... which has shape (?, 59)"). Set N_CLASSES to the number of classes actually present (47) or add the extra characters to the data.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

IMG = 28
N_CLASSES = 59  # 47 EMNIST-balanced classes + 12 extra characters
BATCH = 64
# %%
def load_emnist_like(n, n_classes=47, seed=0):
    r = np.random.default_rng(seed)
    x = r.random((n, IMG * IMG)).astype("float32")
    y = np.eye(n_classes, dtype="float32")[r.integers(0, n_classes, n)]
    return x, y

train_x, train_y = load_emnist_like(256)
print(train_x.shape, train_y.shape)
# %%
x = tf1.placeholder(tf.float32, [None, IMG * IMG])
y_true = tf1.placeholder(tf.float32, [None, N_CLASSES])
W = tf.Variable(tf1.truncated_normal([IMG * IMG, N_CLASSES], stddev=0.05))
b = tf.Variable(tf.zeros([N_CLASSES]))
logits = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
train_step = tf1.train.AdamOptimizer(1e-3).minimize(loss)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for i in range(0, len(train_x), BATCH):
    sess.run(train_step, feed_dict={x: train_x[i:i + BATCH], y_true: train_y[i:i + BATCH]})
