# source: https://github.com/tensorflow/tensorflow/issues/11333
# family: variable_already_exists
# raises: ValueError
# cause: 3:2, 2:2
# raise: 3:2
# culprit: encoder/conv1_w
# expect: encoder() is called a second time for the evaluation placeholder inside the same non-reusing variable_scope("encoder"), so get_variable tries to create encoder/conv1_w again. Open the scope with reuse=tf.compat.v1.AUTO_REUSE (or wrap the second call in a reuse=True scope) to share the weights.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf1 = tf.compat.v1

rng = np.random.default_rng(5)
train_batch = rng.random((8, 28, 28, 1)).astype(np.float32)
eval_batch = rng.random((4, 28, 28, 1)).astype(np.float32)
# %%
def encoder(x):
    with tf1.variable_scope("encoder"):
        w1 = tf1.get_variable("conv1_w", [3, 3, 1, 8])
        h = tf.nn.relu(tf.nn.conv2d(x, w1, strides=1, padding="SAME"))
        w2 = tf1.get_variable("conv2_w", [3, 3, 8, 8])
        return tf.nn.conv2d(h, w2, strides=2, padding="SAME")

train_images = tf1.placeholder(tf.float32, [None, 28, 28, 1], name="train_images")
train_features = encoder(train_images)
print(train_features.shape)
# %%
eval_images = tf1.placeholder(tf.float32, [None, 28, 28, 1], name="eval_images")
eval_features = encoder(eval_images)
