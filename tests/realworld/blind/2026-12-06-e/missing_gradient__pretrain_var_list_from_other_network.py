# source: https://github.com/tensorlayer/TensorLayer/issues/137
# family: missing_gradient
# raises: ValueError
# cause: 3:2
# raise: 3:3
# culprit: var_list | disc_params
# expect: The classifier pre-training step passes var_list=disc_params, the parameters of the discriminator network, but clf_loss is computed only through the classifier's variables, so every gradient is None ("No gradients provided for any variable"). Pass the classifier's own variables (clf_params) as var_list.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(44)
digits = rng.random((128, 64)).astype("float32")
digit_onehot = np.eye(10, dtype="float32")[rng.integers(0, 10, 128)]
# %%
def mlp(x, sizes, scope):
    with tf.compat.v1.variable_scope(scope):
        for i, units in enumerate(sizes):
            w = tf.compat.v1.get_variable(f"w{i}", [int(x.shape[-1]), units])
            b = tf.compat.v1.get_variable(f"b{i}", [units], initializer=tf.zeros_initializer())
            x = tf.matmul(x, w) + b
            if i < len(sizes) - 1:
                x = tf.nn.relu(x)
    return x

images = tf.compat.v1.placeholder(tf.float32, [None, 64])
labels = tf.compat.v1.placeholder(tf.float32, [None, 10])
clf_logits = mlp(images, [32, 10], "classifier")
disc_logits = mlp(images, [32, 1], "discriminator")
clf_params = tf.compat.v1.trainable_variables("classifier")
disc_params = tf.compat.v1.trainable_variables("discriminator")
# %%
clf_loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=clf_logits))
pretrain_vars = disc_params
pretrain_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(clf_loss, var_list=pretrain_vars)
