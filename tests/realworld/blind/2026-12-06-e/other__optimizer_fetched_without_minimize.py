# source: https://github.com/tensorlayer/TensorLayer/issues/108
# family: other
# raises: TypeError
# cause: 2:7
# raise: 3:4
# culprit: optimizer | MomentumOptimizer
# env: TF_USE_LEGACY_KERAS=1
# expect: `optimizer` is the MomentumOptimizer object itself (minimize was never called), so sess.run refuses it as a fetch ("Fetch argument <MomentumOptimizer ...> has invalid type"). Build the training op with optimizer.minimize(cost) and fetch that op.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(3)
pixels = rng.random((120, 64)).astype("float32")
digits = rng.integers(0, 10, size=(120,)).astype("int64")
# %%
images = tf.compat.v1.placeholder(tf.float32, [None, 64], name="images")
labels = tf.compat.v1.placeholder(tf.int64, [None], name="labels")
hidden = tf.compat.v1.layers.dense(images, 32, activation=tf.nn.relu, name="hidden")
scores = tf.compat.v1.layers.dense(hidden, 10, name="scores")
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=scores))
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(scores, 1), labels), tf.float32))
optimizer = tf.compat.v1.train.MomentumOptimizer(0.01, 0.9)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for epoch in range(3):
    for start in range(0, 120, 40):
        batch = {images: pixels[start:start + 40], labels: digits[start:start + 40]}
        _, batch_cost = sess.run([optimizer, cost], feed_dict=batch)
    print(epoch, batch_cost)
