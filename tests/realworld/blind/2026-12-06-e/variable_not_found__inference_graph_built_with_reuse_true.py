# source: https://github.com/menyifang/DCT-Net/issues/67
# family: variable_not_found
# raises: ValueError
# cause: 3:4
# raise: 3:4
# culprit: reuse | generator/Conv/weights
# expect: The inference cell resets the graph and then builds the generator with reuse=True, copied from the training code where it was the second call; in the fresh graph nothing named generator/Conv/weights exists yet ("does not exist, or was not created with tf.get_variable()"). Build it with reuse=False (or tf.compat.v1.AUTO_REUSE) before restoring.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def generator(img, reuse=False):
    with tf.compat.v1.variable_scope("generator", reuse=reuse):
        w = tf.compat.v1.get_variable("Conv/weights", [3, 3, 3, 8])
        h = tf.nn.relu(tf.nn.conv2d(img, w, 1, "SAME"))
        w2 = tf.compat.v1.get_variable("Conv_1/weights", [3, 3, 8, 3])
        return tf.tanh(tf.nn.conv2d(h, w2, 1, "SAME"))
# %%
# training graph: the generator is applied twice (photo->cartoon, and on a second batch)
photo = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3])
fake = generator(photo)
fake_again = generator(photo, reuse=True)
print(len(tf.compat.v1.trainable_variables()), "generator variables")
# %%
tf.compat.v1.reset_default_graph()
selfie = np.random.default_rng(1).random((1, 32, 32, 3)).astype("float32")
test_in = tf.compat.v1.placeholder(tf.float32, [1, 32, 32, 3])
cartoon = generator(test_in, reuse=True)
