# source: https://github.com/tinghuiz/SfMLearner/issues/17
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:1
# raise: 3:3
# culprit: moving_mean | trainable_variables
# expect: The training Saver was given var_list=trainable_variables(), so the batch-norm moving_mean/moving_variance (trainable=False) were never written to the checkpoint; the fresh test session restores only the trainable weights and reading depth_net/cnv1/moving_mean fails as uninitialized. Save all variables (tf.compat.v1.global_variables()) or initialize the statistics before restoring.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(3)
depth_frames = rng.rand(16, 8, 8, 1).astype("float32")
depth_targets = rng.rand(16, 1).astype("float32")

def conv_bn(x, name, filters):
    with tf.compat.v1.variable_scope(name):
        kernel = tf.compat.v1.get_variable("weights", [3, 3, int(x.shape[-1]), filters])
        y = tf.nn.conv2d(x, kernel, strides=1, padding="SAME")
        mean = tf.compat.v1.get_variable("moving_mean", [filters], initializer=tf.compat.v1.zeros_initializer(), trainable=False)
        var = tf.compat.v1.get_variable("moving_variance", [filters], initializer=tf.compat.v1.ones_initializer(), trainable=False)
        gamma = tf.compat.v1.get_variable("gamma", [filters], initializer=tf.compat.v1.ones_initializer())
        beta = tf.compat.v1.get_variable("beta", [filters], initializer=tf.compat.v1.zeros_initializer())
        return tf.nn.relu(tf.nn.batch_normalization(y, mean, var, beta, gamma, 1e-3))

frames = tf.compat.v1.placeholder(tf.float32, [None, 8, 8, 1], name="frames")
target = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target")
with tf.compat.v1.variable_scope("depth_net"):
    h = conv_bn(frames, "cnv1", 4)
    h = conv_bn(h, "cnv2", 8)
    w_out = tf.compat.v1.get_variable("w_out", [8 * 8 * 8, 1])
    pred = tf.matmul(tf.reshape(h, [-1, 8 * 8 * 8]), w_out)
loss = tf.reduce_mean(tf.square(pred - target))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.01).minimize(loss)
# %%
saver = tf.compat.v1.train.Saver(var_list=tf.compat.v1.trainable_variables(), max_to_keep=2)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for step in range(3):
        _, train_loss = sess.run([train_op, loss], {frames: depth_frames, target: depth_targets})
    saved_path = saver.save(sess, "/tmp/b14_depth_ckpt/model.ckpt", global_step=3)
print("saved", saved_path, "loss", train_loss)
# %%
test_sess = tf.compat.v1.Session()
saver.restore(test_sess, saved_path)
depth = test_sess.run(pred, {frames: depth_frames[:4]})
print(depth.shape)
