# source: https://github.com/aymericdamien/TensorFlow-Examples/issues/284
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:3
# raise: 3:4
# culprit: my_digit | ravel
# expect: the hand-drawn digit was flattened with .ravel() into a rank-1 vector of shape (784,), but neural_net starts with tf.matmul(x, weights["h1"]), which needs a rank-2 batch (1, 784); MatMul fails with "In[0] ndims must be >= 2". Reshape the image to (1, 784) (or add a batch axis) before calling neural_net.
# %%
import numpy as np
import tensorflow as tf
n_input, n_hidden, n_classes = 784, 256, 10
weights = {
    "h1": tf.Variable(tf.random.normal([n_input, n_hidden], stddev=0.05)),
    "out": tf.Variable(tf.random.normal([n_hidden, n_classes], stddev=0.05)),
}
biases = {"b1": tf.Variable(tf.zeros([n_hidden])), "out": tf.Variable(tf.zeros([n_classes]))}

def neural_net(x):
    layer_1 = tf.nn.relu(tf.matmul(x, weights["h1"]) + biases["b1"])
    return tf.matmul(layer_1, weights["out"]) + biases["out"]
# %%
batch = np.random.rand(32, n_input).astype(np.float32)
print(neural_net(batch).shape)
# %%
canvas = np.full((28, 28), 255, dtype=np.uint8)
canvas[6:22, 12:16] = 0
my_digit = (255 - canvas).astype(np.float32).ravel() / 255.0
logits = neural_net(my_digit)
print("predicted", int(tf.argmax(logits, axis=-1)))
