# source: https://github.com/adventuresinML/adventures-in-ml-code/pull/2
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 3:5, 2:2
# raise: 3:5
# culprit: labels_ph | merged | accuracy
# expect: merge_all() also pulls in the accuracy summary, which depends on the labels placeholder, but the summary run only feeds the images. Feed labels_ph as well when running merged (or keep the accuracy summary out of that merge).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(8)
train_x = rng.normal(size=(64, 20)).astype("float32")
train_y = np.eye(10, dtype="float32")[rng.integers(0, 10, size=64)]

def build_classifier(n_in=20, n_out=10):
    images = tf.compat.v1.placeholder(tf.float32, [None, n_in], name="images_ph")
    labels = tf.compat.v1.placeholder(tf.float32, [None, n_out], name="labels_ph")
    w = tf.compat.v1.get_variable("w", [n_in, n_out])
    logits = tf.matmul(images, w)
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    hits = tf.equal(tf.argmax(logits, 1), tf.argmax(labels, 1))
    accuracy = tf.reduce_mean(tf.cast(hits, tf.float32))
    return images, labels, loss, accuracy

images_ph, labels_ph, loss, accuracy = build_classifier()
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
tf.compat.v1.summary.scalar("loss", loss)
tf.compat.v1.summary.scalar("accuracy", accuracy)
merged = tf.compat.v1.summary.merge_all()
summaries = []
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for step in range(3):
        sess.run(train_op, feed_dict={images_ph: train_x, labels_ph: train_y})
        summary = sess.run(merged, feed_dict={images_ph: train_x})
        summaries.append(summary)
