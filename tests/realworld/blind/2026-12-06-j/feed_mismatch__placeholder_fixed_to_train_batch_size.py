# source: https://github.com/maestrojeong/deformable_convnet/issues/1
# family: feed_mismatch
# raises: ValueError
# cause: 2:1, 2:2
# raise: 4:1
# culprit: images | batch_size
# expect: The images/labels placeholders were declared with a fixed first dimension cfg.batch_size (32), so the whole 50-example test set cannot be fed. Declare the batch dimension as None (or evaluate in batches of 32).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

class Config:
    batch_size = 32
    image_dim = 64
    n_classes = 5
    lr = 0.1
cfg = Config()
rng = np.random.default_rng(4)
train_x = rng.random((96, cfg.image_dim), dtype=np.float32)
train_y = rng.integers(0, cfg.n_classes, 96)
test_x = rng.random((50, cfg.image_dim), dtype=np.float32)
test_y = rng.integers(0, cfg.n_classes, 50)
# %%
images = tf1.placeholder(tf.float32, [cfg.batch_size, cfg.image_dim], name="images")
labels = tf1.placeholder(tf.int64, [cfg.batch_size], name="labels")
w = tf1.get_variable("w", [cfg.image_dim, cfg.n_classes])
logits = tf.matmul(images, w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), labels), tf.float32))
train_op = tf1.train.GradientDescentOptimizer(cfg.lr).minimize(loss)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for start in range(0, 96, cfg.batch_size):
    sl = slice(start, start + cfg.batch_size)
    sess.run(train_op, {images: train_x[sl], labels: train_y[sl]})
# %%
test_acc = sess.run(accuracy, {images: test_x, labels: test_y})
print("test accuracy", test_acc)
