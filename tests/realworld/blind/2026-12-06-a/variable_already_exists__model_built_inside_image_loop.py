# source: https://github.com/google/automl/issues/419
# family: variable_already_exists
# raises: ValueError
# cause: 3:3, 2:2
# raise: 3:3
# culprit: backbone/stem_w | build_classifier
# expect: build_classifier is called inside the loop over images, so the second iteration tries to create backbone/stem_w again in the same graph ("already exists, disallowed"); build the graph once before the loop and only feed each image in the loop (or use reuse=tf.compat.v1.AUTO_REUSE).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(7)
image_files = {f"img_{i}.png": rng.random((1, 24, 24, 3)).astype("float32") for i in range(3)}
# %%
def build_classifier(images, n_classes=4):
    with tf.compat.v1.variable_scope("backbone"):
        stem_w = tf.compat.v1.get_variable("stem_w", [3, 3, 3, 16])
        feat = tf.nn.relu(tf.nn.conv2d(images, stem_w, strides=2, padding="SAME"))
        pooled = tf.reduce_mean(feat, axis=[1, 2])
        head_w = tf.compat.v1.get_variable("head_w", [16, n_classes])
        return tf.matmul(pooled, head_w)
# %%
predictions = {}
for name, pixels in image_files.items():
    logits = build_classifier(tf.constant(pixels))
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        predictions[name] = sess.run(tf.argmax(logits, 1))[0]
