# source: https://github.com/iyah4888/SIGGRAPH18SSS/issues/13
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 4:1, 4:2
# raise: 4:3
# culprit: fc3_matting/linear/fc_weights1 | fc3_matting | global_variables_initializer
# expect: The loader Saver restores only the pretrained encoder variables, and nothing initializes the newly added matting head, so reading fc3_matting/linear/fc_weights1 fails as uninitialized. Run tf.compat.v1.global_variables_initializer() (or an initializer for the head variables) before restoring the encoder weights.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

PRETRAINED = os.path.join(tempfile.mkdtemp(), "semantic_encoder")
rng = np.random.default_rng(3)
photos = rng.random((2, 8, 8, 3)).astype("float32")

def encoder(x):
    with tf1.variable_scope("encoder"):
        k1 = tf1.get_variable("conv1_k", [3, 3, 3, 8])
        k2 = tf1.get_variable("conv2_k", [3, 3, 8, 8])
    h = tf.nn.relu(tf.nn.conv2d(x, k1, 1, "SAME"))
    return tf.nn.relu(tf.nn.conv2d(h, k2, 1, "SAME"))
# %%
# the released encoder checkpoint
with tf1.Graph().as_default():
    encoder(tf1.placeholder(tf.float32, [None, 8, 8, 3]))
    with tf1.Session() as s:
        s.run(tf1.global_variables_initializer())
        tf1.train.Saver().save(s, PRETRAINED)
# %%
def matting_head(feats):
    with tf1.variable_scope("fc3_matting/linear"):
        w = tf1.get_variable("fc_weights1", [8, 1])
        b = tf1.get_variable("fc_bias1", [1], initializer=tf1.zeros_initializer())
    flat = tf.reshape(feats, [-1, 8])
    return tf.reshape(tf.sigmoid(tf.matmul(flat, w) + b), [-1, 8, 8, 1])

img = tf1.placeholder(tf.float32, [None, 8, 8, 3], name="img")
alpha = matting_head(encoder(img))
enc_vars = tf1.get_collection(tf1.GraphKeys.GLOBAL_VARIABLES, scope="encoder")
loader = tf1.train.Saver(var_list=enc_vars)
# %%
sess = tf1.Session()
loader.restore(sess, PRETRAINED)
alpha_map = sess.run(alpha, feed_dict={img: photos})
print(alpha_map.shape)
