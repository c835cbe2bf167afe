# source: https://github.com/kratzert/finetune_alexnet_with_tensorflow/issues/8
# family: variable_already_exists
# raises: ValueError
# cause: 3:3
# raise: 3:3
# culprit: conv1/weights | build_alexnet_head
# expect: The graph-building function is called a second time in the same default graph (to try 3 classes), so tf.compat.v1.get_variable("weights") under scope conv1 raises "Variable conv1/weights already exists". Call tf.compat.v1.reset_default_graph() (and recreate the placeholders) before rebuilding, or build the model only once.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(8)
crops = rng.rand(12, 32, 32, 3).astype("float32")
crop_labels = rng.randint(0, 5, size=12)
num_classes = 5
learning_rate = 0.01
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 3], name="x")
keep_prob = tf.compat.v1.placeholder_with_default(1.0, shape=[], name="keep_prob")

def build_alexnet_head(images, n_out, keep):
    with tf.compat.v1.variable_scope("conv1"):
        w = tf.compat.v1.get_variable("weights", [5, 5, 3, 16])
        net = tf.nn.relu(tf.nn.conv2d(images, w, 2, "SAME"))
    with tf.compat.v1.variable_scope("fc8"):
        net = tf.reshape(net, [-1, 16 * 16 * 16])
        w8 = tf.compat.v1.get_variable("weights", [16 * 16 * 16, n_out])
        return tf.matmul(tf.nn.dropout(net, rate=1 - keep), w8)

score = build_alexnet_head(x, num_classes, keep_prob)
print(score)
# %%
num_classes = 3
learning_rate = 0.005
score = build_alexnet_head(x, num_classes, keep_prob)
y = tf.compat.v1.placeholder(tf.int64, [None], name="y")
