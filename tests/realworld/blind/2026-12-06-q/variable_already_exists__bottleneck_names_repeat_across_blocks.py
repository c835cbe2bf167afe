# source: https://github.com/taki0112/Densenet-Tensorflow/issues/24
# family: variable_already_exists
# raises: ValueError
# cause: 2:10
# raise: 3:5
# culprit: bottleneck_0
# env: TF_USE_LEGACY_KERAS=1
# expect: dense_block names each bottleneck only by its index inside the block ("bottleneck_0", "bottleneck_1"), so the second block re-enters the same variable scopes and tries to create bottleneck_0/bn/gamma again ("already exists, disallowed"). Put the block index into the layer name (e.g. "block1_bottleneck_0").
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
GROWTH = 4
N_BLOCKS = 2
LAYERS_PER_BLOCK = 2
# %%
def bottleneck(x, layer_name, training):
    with tf.compat.v1.variable_scope(layer_name):
        h = tf.compat.v1.layers.batch_normalization(x, training=training, name="bn")
        h = tf.nn.relu(h)
        return tf.compat.v1.layers.dense(h, GROWTH, name="fc")

def dense_block(x, n_layers, training):
    feats = [x]
    for i in range(n_layers):
        h = bottleneck(tf.concat(feats, axis=1), "bottleneck_" + str(i), training)
        feats.append(h)
    return tf.concat(feats, axis=1)
# %%
inputs = tf.compat.v1.placeholder(tf.float32, [None, 8], name="inputs")
is_training = tf.compat.v1.placeholder_with_default(False, [], name="is_training")
net = inputs
for b in range(N_BLOCKS):
    net = dense_block(net, LAYERS_PER_BLOCK, is_training)
logits = tf.compat.v1.layers.dense(net, 3, name="logits")
