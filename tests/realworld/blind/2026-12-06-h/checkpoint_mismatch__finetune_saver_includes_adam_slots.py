# source: https://github.com/vimal1083/handwritten-character-recognition/issues/11
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:9
# raise: 3:12
# culprit: Adam | Saver
# expect: The checkpoint was written from the inference graph (weights and biases only), but the fine-tuning Saver is created after AdamOptimizer.minimize with no var_list, so it also tries to restore the Adam slots and beta1_power, which the checkpoint does not have ("Key ... Adam not found in checkpoint"). Build the restoring Saver with var_list=the model variables (or before the optimizer), then initialize the optimizer variables separately.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CKPT_DIR = "/tmp/hcr_ckpt_b8"
os.makedirs(CKPT_DIR, exist_ok=True)
rng = np.random.default_rng(9)
letters = rng.random((50, 64), dtype=np.float32)
letter_ids = rng.integers(0, 26, size=50)

def linear_classifier(inputs):
    w = tf.compat.v1.get_variable("weights", [64, 26])
    b = tf.compat.v1.get_variable("biases", [26], initializer=tf.zeros_initializer())
    return tf.matmul(inputs, w) + b
# %%
export_graph = tf.Graph()
with export_graph.as_default():
    images = tf.compat.v1.placeholder(tf.float32, [None, 64])
    logits = linear_classifier(images)
    exporter = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        saved_path = exporter.save(sess, os.path.join(CKPT_DIR, "hcr_linear"))
# %%
tf.compat.v1.reset_default_graph()
x = tf.compat.v1.placeholder(tf.float32, [None, 64])
y = tf.compat.v1.placeholder(tf.int64, [None])
logits = linear_classifier(x)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)

session = tf.compat.v1.Session()
saver = tf.compat.v1.train.Saver()
session.run(tf.compat.v1.global_variables_initializer())
print("restoring", saved_path)
saver.restore(sess=session, save_path=saved_path)
