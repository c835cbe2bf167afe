# source: https://github.com/mpatacchiola/deepgaze/issues/61
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:6
# raise: 3:4
# culprit: dataset | input_w
# expect: the parser keeps only the first 1600 columns as pixels (data[:, 0:1600]) although each face crop is 64x64 = 4096 values, so the batch fed to the first layer is (N, 1600) while input_w expects 4096 rows; the matmul fails. Slice the pixel block as data[:, :IMAGE_SIZE * IMAGE_SIZE] (and labels after it).
# %%
import numpy as np
import tensorflow as tf
IMAGE_SIZE = 64
N_POSE = 3
data = np.random.rand(200, IMAGE_SIZE * IMAGE_SIZE + N_POSE).astype(np.float32)
dataset = data[:, 0:1600]
labels = data[:, -N_POSE:]
# %%
input_w = tf.Variable(tf.random.truncated_normal([IMAGE_SIZE * IMAGE_SIZE, 256], stddev=0.01))
input_b = tf.Variable(tf.zeros([256]))
out_w = tf.Variable(tf.random.truncated_normal([256, N_POSE], stddev=0.01))

def multilayer_model(x):
    hidden = tf.nn.relu(tf.matmul(x, input_w) + input_b)
    return tf.matmul(hidden, out_w)
# %%
optimizer = tf.keras.optimizers.SGD(0.01)
batch = tf.constant(dataset[:32])
with tf.GradientTape() as tape:
    pred = multilayer_model(batch)
    loss = tf.reduce_mean(tf.square(pred - labels[:32]))
