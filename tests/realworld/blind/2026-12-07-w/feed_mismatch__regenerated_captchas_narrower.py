# source: https://github.com/kavishdahekar/IITG-Captcha-Solver-OpenCV-TensorFlow/issues/6
# family: feed_mismatch
# raises: ValueError
# cause: 1:5, 2:1
# raise: 3:6
# culprit: x
# expect: the placeholder x expects flattened 50x130 captchas (6500 pixels), but the regenerated training data was rendered 50x120, so each batch is (16, 6000) and feeding it to x fails. Regenerate the images at 50x130 (or size the placeholder from the data: IMG_H * IMG_W).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
IMG_H, IMG_W, N_CHARS = 50, 130, 21
regen_h, regen_w = 50, 120
captchas = np.random.rand(200, regen_h, regen_w).astype(np.float32)
labels = np.eye(N_CHARS)[np.random.randint(0, N_CHARS, 200)].astype(np.float32)
train_x = captchas.reshape(len(captchas), -1)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, IMG_H * IMG_W])
y_ = tf.compat.v1.placeholder(tf.float32, [None, N_CHARS])
W = tf.Variable(tf.zeros([IMG_H * IMG_W, N_CHARS]))
b = tf.Variable(tf.zeros([N_CHARS]))
y = tf.matmul(x, W) + b
cross_entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=y))
train_step = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)
# %%
sess = tf.compat.v1.InteractiveSession()
tf.compat.v1.global_variables_initializer().run()
for step in range(3):
    idx = np.random.choice(len(train_x), 16)
    batch_x, batch_y = train_x[idx], labels[idx]
    sess.run(train_step, feed_dict={x: batch_x, y_: batch_y})
