# source: https://github.com/tensorflow/tensorflow/issues/13283
# family: feed_mismatch
# raises: TypeError
# cause: 3:2
# raise: 4:1
# culprit: x
# expect: the loop `for x in range(...)` over the user's own images rebinds x from the input placeholder to a Python int, so feed_dict={x: own_images} uses an int as the key and TensorFlow cannot interpret it as a tensor. Rename the loop index (e.g. `for k in ...`) so x still refers to the placeholder.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
digits = np.random.rand(500, 784).astype(np.float32)
digit_labels = np.eye(10)[np.random.randint(0, 10, 500)].astype(np.float32)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 784])
W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
y = tf.nn.softmax(tf.matmul(x, W) + b)
y_ = tf.compat.v1.placeholder(tf.float32, [None, 10])
cross_entropy = tf.reduce_mean(-tf.reduce_sum(y_ * tf.math.log(y + 1e-9), axis=[1]))
train_step = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for i in range(20):
    pick = np.random.choice(500, 100)
    sess.run(train_step, feed_dict={x: digits[pick], y_: digit_labels[pick]})
# %%
own_images = np.random.rand(3, 784).astype(np.float32)
for x in range(len(own_images)):
    print("image", x, "mean intensity", own_images[x].mean())
# %%
probabilities = sess.run(y, feed_dict={x: own_images})
print(probabilities.argmax(axis=1))
