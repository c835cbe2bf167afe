# source: https://github.com/tensorflow/tensorflow/issues/13619
# family: feed_mismatch
# raises: TypeError
# cause: 2:2
# raise: 3:5
# culprit: target_onehot | tf.one_hot
# expect: target_onehot was built with tf.one_hot, so it is a graph Tensor, not data; feed_dict values must be NumPy arrays or Python values. Encode the labels with NumPy (np.eye(N_CLASSES)[labels]) or evaluate the tensor once with sess.run before feeding.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
N_CLASSES = 5
features = np.random.randn(200, 12).astype("float32")
labels = np.random.randint(0, N_CLASSES, 200)
# %%
feat_in = tf.compat.v1.placeholder(tf.float32, shape=(None, 12))
target_onehot = tf.one_hot(labels, depth=N_CLASSES)
y_true = tf.compat.v1.placeholder(tf.float32, shape=(None, N_CLASSES))
W = tf.Variable(tf.zeros([12, N_CLASSES]))
bias = tf.Variable(tf.zeros([N_CLASSES]))
logits = tf.matmul(feat_in, W) + bias
xent = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
update = tf.compat.v1.train.AdamOptimizer(1e-2).minimize(xent)
# %%
with tf.compat.v1.Session() as session:
    session.run(tf.compat.v1.global_variables_initializer())
    for epoch in range(3):
        feed = {feat_in: features, y_true: target_onehot}
        _, cost = session.run([update, xent], feed_dict=feed)
        print(epoch, cost)
