# source: https://github.com/tensorflow/tensorflow/issues/8645
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:2
# raise: 2:5
# culprit: wd1_1 | reset_default_graph | wd1
# expect: predict() rebuilds the network with tf.Variable in the same default graph on every call, so (the graph already holding the training copy) it creates wd1_1/wout_1 and its Saver looks for those keys, which the checkpoint does not have. Reset the graph (or build the graph and Saver once) before rebuilding in predict().
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

CKPT = os.path.join(tempfile.mkdtemp(), "svc")

def build_net(x):
    wd1 = tf.compat.v1.Variable(tf.random.normal([6, 8], seed=1), name="wd1")
    wout = tf.compat.v1.Variable(tf.zeros([8, 2]), name="wout")
    return tf.matmul(tf.nn.relu(tf.matmul(x, wd1)), wout)

x_ph = tf.compat.v1.placeholder(tf.float32, [None, 6], name="x")
build_net(x_ph)
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(s, CKPT)
# %%
def predict(batch):
    logits = build_net(x_ph)
    saver = tf.compat.v1.train.Saver(var_list=tf.compat.v1.global_variables()[-2:])
    with tf.compat.v1.Session() as s:
        saver.restore(s, CKPT)
        return s.run(logits, {x_ph: batch})

request = np.ones((2, 6), "float32")
print(predict(request))
