# source: https://github.com/golbin/TensorFlow-Tutorials/issues/37
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 3:1
# raise: 3:5
# culprit: W1_1 | W1
# expect: Cell 3 re-runs the model definition in the same default graph without reset_default_graph, so the new variables are named W1_1/W2_1 and the Saver looks for keys W1_1 that the checkpoint (saved with W1/W2) does not have. Call tf.compat.v1.reset_default_graph() before rebuilding, or restore into the original variables.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(2)
data_x = rng.random((30, 2)).astype("float32")
data_y = np.eye(3, dtype="float32")[rng.integers(0, 3, 30)]

def build_net():
    X = tf.compat.v1.placeholder(tf.float32, [None, 2])
    Y = tf.compat.v1.placeholder(tf.float32, [None, 3])
    W1 = tf.Variable(tf.random.uniform([2, 10], -1.0, 1.0), name="W1")
    W2 = tf.Variable(tf.random.uniform([10, 3], -1.0, 1.0), name="W2")
    out = tf.matmul(tf.nn.relu(tf.matmul(X, W1)), W2)
    cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=Y, logits=out))
    return X, Y, out, cost
# %%
X, Y, model, cost = build_net()
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.01).minimize(cost)
saver = tf.compat.v1.train.Saver(tf.compat.v1.global_variables())
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(3):
        sess.run(train_op, {X: data_x, Y: data_y})
    saver.save(sess, "/tmp/b2_golbin_model/dnn.ckpt")
# %%
X, Y, model, cost = build_net()
saver = tf.compat.v1.train.Saver(tf.compat.v1.global_variables())
sess = tf.compat.v1.Session()
ckpt = tf.train.latest_checkpoint("/tmp/b2_golbin_model")
saver.restore(sess, ckpt)
