# source: https://github.com/ryanwebber/tensorflow-image-classification/issues/5
# family: feed_mismatch
# raises: ValueError
# cause: 1:5
# raise: 4:4
# culprit: IMAGE_PIXELS | images_pl
# expect: images_pl was declared with IMAGE_PIXELS = 120*160*3 = 57600 columns (the model file's old constant), but the data cell now loads 40x40 grayscale images flattened to 1600 values, so feeding a (50, 1600) batch into a (50, 57600) placeholder fails. Set IMAGE_PIXELS to match the images actually loaded (40*40) before building the graph.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
BATCH = 50
IMAGE_PIXELS = 120 * 160 * 3
NUM_CLASSES = 4
# %%
images_pl = tf.compat.v1.placeholder(tf.float32, shape=(BATCH, IMAGE_PIXELS), name="images")
labels_pl = tf.compat.v1.placeholder(tf.int32, shape=(BATCH,), name="labels")
weights = tf.compat.v1.get_variable("softmax_w", [IMAGE_PIXELS, NUM_CLASSES])
bias = tf.compat.v1.get_variable("softmax_b", [NUM_CLASSES], initializer=tf.zeros_initializer())
logits = tf.matmul(images_pl, weights) + bias
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels_pl, logits=logits))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.01).minimize(loss)
# %%
rng = np.random.default_rng(0)
gray_imgs = rng.random((200, 40, 40)).astype(np.float32)
img_labels = rng.integers(0, NUM_CLASSES, size=200)
flat_imgs = gray_imgs.reshape(len(gray_imgs), -1)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed = {images_pl: flat_imgs[:BATCH], labels_pl: img_labels[:BATCH]}
_, loss_value = sess.run([train_op, loss], feed_dict=feed)
print(loss_value)
