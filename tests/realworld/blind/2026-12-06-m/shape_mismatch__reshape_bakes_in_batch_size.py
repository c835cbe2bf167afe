# source: https://github.com/MiguelSteph/cnn-spam-review-detection-tf/issues/1
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:5
# raise: 3:4
# culprit: reshape | batch_size
# expect: The reshape in build_text_cnn hard-codes config["batch_size"] (32) as the leading dimension, so the last, smaller batch (100 % 32 = 4 reviews) cannot be reshaped. Use -1 (or tf.shape(...)[0]) for the batch dimension.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

config = {"batch_size": 32, "seq_len": 20, "vocab": 300, "embed": 8, "filters": 4}
rng = np.random.default_rng(12)
reviews = rng.integers(0, config["vocab"], size=(100, config["seq_len"])).astype(np.int32)
is_spam = rng.integers(0, 2, size=(100,)).astype(np.float32)
# %%
def build_text_cnn(cfg):
    input_x = tf1.placeholder(tf.int32, [None, cfg["seq_len"]], name="input_x")
    embedding = tf1.get_variable("embedding", [cfg["vocab"], cfg["embed"]])
    embedded = tf.nn.embedding_lookup(embedding, input_x)
    images = tf.reshape(embedded, [cfg["batch_size"], cfg["seq_len"], cfg["embed"], 1])
    kernel = tf1.get_variable("conv_kernel", [3, cfg["embed"], 1, cfg["filters"]])
    conv = tf.nn.relu(tf.nn.conv2d(images, kernel, strides=1, padding="VALID"))
    pooled = tf.reduce_max(conv, axis=[1, 2])
    w = tf1.get_variable("out_w", [cfg["filters"], 1])
    return input_x, tf.squeeze(tf.matmul(pooled, w), 1)

input_x, spam_logit = build_text_cnn(config)
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
# %%
for start in range(0, len(reviews), config["batch_size"]):
    batch = reviews[start:start + config["batch_size"]]
    print("batch", start, batch.shape)
    scores = sess.run(spam_logit, feed_dict={input_x: batch})
