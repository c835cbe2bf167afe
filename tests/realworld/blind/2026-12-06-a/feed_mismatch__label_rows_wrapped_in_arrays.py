# source: https://github.com/tensorpack/tensorpack/issues/524
# family: feed_mismatch
# raises: ValueError
# cause: 1:11, 2:2
# raise: 3:6
# culprit: label_in | label
# expect: read_index wraps every label in its own one-element array (np.array([int(...)])), so the stacked labels have shape (16, 1) while the label placeholder is [None]; keep each label a scalar (int(...)) or flatten the labels before feeding.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

index_lines = [f"photo_{i:03d}.jpg\t{i % 5}" for i in range(64)]

def read_index(lines):
    names, labels = [], []
    for line in lines:
        fname, lab = line.split("\t", 1)
        labels.append(np.array([int(lab)]))
        names.append(fname)
    return names, np.stack(labels)

names, all_labels = read_index(index_lines)
pixels = np.random.default_rng(5).random((64, 12, 12, 3)).astype("float32")
# %%
img_in = tf.compat.v1.placeholder(tf.float32, [None, 12, 12, 3], name="img_in")
label_in = tf.compat.v1.placeholder(tf.int32, [None], name="label")
kernel = tf.compat.v1.get_variable("kernel", [12 * 12 * 3, 5])
logits = tf.matmul(tf.reshape(img_in, [-1, 12 * 12 * 3]), kernel)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_in, logits=logits))
opt = tf.compat.v1.train.GradientDescentOptimizer(0.05).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
BATCH = 16
for start in range(0, 64, BATCH):
    batch_img, batch_lab = pixels[start:start + BATCH], all_labels[start:start + BATCH]
    _, l = sess.run([opt, loss], feed_dict={img_in: batch_img, label_in: batch_lab})
