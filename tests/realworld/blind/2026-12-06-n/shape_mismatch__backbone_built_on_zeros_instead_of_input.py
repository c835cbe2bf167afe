# source: https://github.com/tensorflow/models/issues/5460
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:15
# raise: 3:7
# culprit: tf.zeros | net_input | logits_size=[2,5]
# expect: The backbone was built on a dummy tf.zeros([2, 32, 32, 3]) tensor instead of the net_input placeholder, so the logits always have batch 2 while the fed labels have batch 8; softmax_cross_entropy_with_logits fails with "logits and labels must be broadcastable: logits_size=[2,5] labels_size=[8,5]". Build the network on net_input.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

num_classes = 5
batch_size = 8
rng = np.random.RandomState(6)
tiles = rng.rand(32, 32, 32, 3).astype("float32")
tile_labels = np.eye(num_classes, dtype="float32")[rng.randint(0, num_classes, 32)]
# %%
net_input = tf.compat.v1.placeholder(tf.float32, shape=[None, 32, 32, 3], name="net_input")
net_output = tf.compat.v1.placeholder(tf.float32, shape=[None, num_classes], name="net_output")

def small_resnet(images, n_classes, scope="resnet_small"):
    with tf.compat.v1.variable_scope(scope):
        k = tf.compat.v1.get_variable("stem", [3, 3, 3, 8])
        x = tf.nn.relu(tf.nn.conv2d(images, k, 2, "SAME"))
        k2 = tf.compat.v1.get_variable("block1", [3, 3, 8, 8])
        x = tf.nn.relu(x + tf.nn.conv2d(x, k2, 1, "SAME"))
        pooled = tf.reduce_mean(x, axis=[1, 2])
        fc = tf.compat.v1.get_variable("logits", [8, n_classes])
        return tf.matmul(pooled, fc)

# build network
network = small_resnet(tf.zeros([2, 32, 32, 3]), num_classes)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=network, labels=net_output))
opt = tf.compat.v1.train.RMSPropOptimizer(learning_rate=1e-4, decay=0.995).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
current_losses = []
for i in range(len(tiles) // batch_size):
    batch_x = tiles[i * batch_size:(i + 1) * batch_size]
    batch_y = tile_labels[i * batch_size:(i + 1) * batch_size]
    _, batch_loss = sess.run([opt, loss], feed_dict={net_input: batch_x, net_output: batch_y})
    current_losses.append(batch_loss)
print(np.mean(current_losses))
