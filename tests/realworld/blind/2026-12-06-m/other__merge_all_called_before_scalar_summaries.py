# source: https://github.com/wbhu/DnCNN-tensorflow/issues/57
# family: other
# raises: TypeError
# cause: 2:4
# raise: 3:5
# culprit: merged | merge_all
# expect: tf.compat.v1.summary.merge_all() is called right after the placeholders, before any tf.compat.v1.summary.scalar op exists, so it returns None and sess.run rejects None as a fetch. Call merge_all() after the summary ops are defined (or drop the summary fetch).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(17)
clean_patches = rng.random((32, 10, 10, 1)).astype(np.float32)
noisy_patches = clean_patches + 0.1 * rng.normal(size=clean_patches.shape).astype(np.float32)
# %%
clean_in = tf1.placeholder(tf.float32, [None, 10, 10, 1], name="clean")
noisy_in = tf1.placeholder(tf.float32, [None, 10, 10, 1], name="noisy")
lr_in = tf1.placeholder(tf.float32, [], name="lr")
merged = tf1.summary.merge_all()

kernel = tf1.get_variable("denoise_kernel", [3, 3, 1, 1])
residual = tf.nn.conv2d(noisy_in, kernel, strides=1, padding="SAME")
denoised = noisy_in - residual
loss = tf.reduce_mean(tf.square(denoised - clean_in))
tf1.summary.scalar("loss", loss)
train_op = tf1.train.AdamOptimizer(lr_in).minimize(loss)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for epoch in range(2):
    feed = {clean_in: clean_patches, noisy_in: noisy_patches, lr_in: 1e-3}
    _, l, summary = sess.run([train_op, loss, merged], feed_dict=feed)
    print(epoch, l)
