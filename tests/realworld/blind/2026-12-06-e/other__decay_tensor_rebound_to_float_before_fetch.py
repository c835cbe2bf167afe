# source: https://github.com/yanwii/ChineseNER/issues/15
# family: other
# raises: TypeError
# cause: 3:2
# raise: 3:7
# culprit: learning_rate
# expect: learning_rate was a decayed-learning-rate tensor, but the fine-tuning cell rebinds the name to the Python float 5e-05, and sess.run is then asked to fetch a float ("Fetch argument 5e-05 has invalid type float"). Keep the tensor under its own name (or feed a placeholder) and fetch the tensor, not the float.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(7)
tokens = rng.normal(size=(96, 12)).astype("float32")
tags = rng.integers(0, 4, size=(96,)).astype("int64")
# %%
feats = tf.compat.v1.placeholder(tf.float32, [None, 12], name="feats")
tag_ids = tf.compat.v1.placeholder(tf.int64, [None], name="tag_ids")
global_step = tf.compat.v1.train.get_or_create_global_step()
learning_rate = tf.compat.v1.train.exponential_decay(1e-3, global_step, 100, 0.9)
proj = tf.compat.v1.get_variable("proj", [12, 4])
logits = tf.matmul(feats, proj)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tag_ids, logits=logits))
train_op = tf.compat.v1.train.AdamOptimizer(learning_rate).minimize(loss, global_step=global_step)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
# fine-tuning stage: smaller learning rate
learning_rate = 5e-5
for epoch in range(2):
    print("epoch", epoch)
    for start in range(0, 96, 32):
        fd = {feats: tokens[start:start + 32], tag_ids: tags[start:start + 32]}
        _, step_loss, lr_now = sess.run([train_op, loss, learning_rate], feed_dict=fd)
