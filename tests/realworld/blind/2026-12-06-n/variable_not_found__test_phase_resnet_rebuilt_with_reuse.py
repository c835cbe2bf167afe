# source: https://github.com/wenxinxu/resnet-in-tensorflow/issues/15
# family: variable_not_found
# raises: ValueError
# cause: 3:3
# raise: 3:3
# culprit: resnet/stem | reuse
# expect: The test cell resets the default graph and then builds the network with reuse=True; in the fresh graph no resnet/* variable exists yet, so get_variable raises "Variable resnet/stem does not exist". reuse=True is only right for a second tower in the same graph: build the test graph with reuse=False (then restore the checkpoint).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def residual_block(x, name, channels):
    with tf.compat.v1.variable_scope(name):
        k1 = tf.compat.v1.get_variable("conv1", [3, 3, channels, channels])
        k2 = tf.compat.v1.get_variable("conv2", [3, 3, channels, channels])
        h = tf.nn.relu(tf.nn.conv2d(x, k1, 1, "SAME"))
        return tf.nn.relu(x + tf.nn.conv2d(h, k2, 1, "SAME"))

def inference(images, n_blocks, reuse):
    with tf.compat.v1.variable_scope("resnet", reuse=reuse):
        stem = tf.compat.v1.get_variable("stem", [3, 3, 3, 8])
        x = tf.nn.conv2d(images, stem, 1, "SAME")
        for i in range(n_blocks):
            x = residual_block(x, "block%d" % i, 8)
        pooled = tf.reduce_mean(x, axis=[1, 2])
        fc = tf.compat.v1.get_variable("fc", [8, 10])
        return tf.matmul(pooled, fc)
# %%
train_images = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3], name="train_images")
val_images = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3], name="val_images")
train_logits = inference(train_images, n_blocks=2, reuse=False)
val_logits = inference(val_images, n_blocks=2, reuse=True)
print(len(tf.compat.v1.global_variables()), "variables in the training graph")
# %%
tf.compat.v1.reset_default_graph()
test_images = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 3], name="test_images")
test_logits = inference(test_images, n_blocks=2, reuse=True)
saver = tf.compat.v1.train.Saver()
