# source: https://github.com/neuleaf/MobileNetV2/issues/10
# family: feed_mismatch
# raises: TypeError
# cause: 2:2
# raise: 4:4
# culprit: images | img_in
# expect: images is a tf.Tensor (the output of tf.image.resize), and a feed_dict value must be a NumPy array or Python value; evaluate it first (sess.run(images)) or resize with NumPy so the fed value for img_in is an ndarray
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
raw = np.random.rand(8, 64, 64, 3).astype("float32")
images = tf.image.resize(raw, [32, 32])
labels = np.random.randint(0, 10, size=8)
# %%
img_in = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3])
lab_in = tf.compat.v1.placeholder(tf.int64, [None])
kernel = tf.compat.v1.get_variable("kernel", [32 * 32 * 3, 10])
logits = tf.matmul(tf.reshape(img_in, [-1, 32 * 32 * 3]), kernel)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab_in, logits=logits))
train_op = tf.compat.v1.train.MomentumOptimizer(0.01, 0.9).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed_dict = {img_in: images, lab_in: labels}
_, loss_val = sess.run([train_op, loss], feed_dict=feed_dict)
