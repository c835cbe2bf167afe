# source: https://github.com/microsoft/Recursive-Cascaded-Networks/issues/5
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:5
# raise: 3:8
# culprit: flow_scale | restorer
# expect: the evaluation Saver was built from trainable_variables() only, so restoring never touches the non-trainable variable flow_scale and no initializer runs before it is read; running the prediction reads an uninitialized variable. Build the Saver over global_variables() (or run the initializer before restoring).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
ckpt_dir = tempfile.mkdtemp()
pairs = np.random.rand(6, 32).astype(np.float32)

def build_net(x):
    w = tf.compat.v1.get_variable("stem/conv_w", [32, 8])
    b = tf.compat.v1.get_variable("stem/conv_b", [8], initializer=tf.compat.v1.zeros_initializer())
    flow_scale = tf.compat.v1.get_variable("stem/flow_scale", [], trainable=False, initializer=tf.compat.v1.constant_initializer(0.5))
    return flow_scale * tf.tanh(tf.matmul(x, w) + b)
# %%
train_graph = tf.Graph()
with train_graph.as_default():
    moving = tf.compat.v1.placeholder(tf.float32, [None, 32])
    flow = build_net(moving)
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        saved_at = saver.save(sess, os.path.join(ckpt_dir, "model.ckpt"))
# %%
eval_graph = tf.Graph()
with eval_graph.as_default():
    moving = tf.compat.v1.placeholder(tf.float32, [None, 32])
    flow = build_net(moving)
    restorer = tf.compat.v1.train.Saver(var_list=tf.compat.v1.trainable_variables())
    eval_sess = tf.compat.v1.Session()
    restorer.restore(eval_sess, saved_at)
    predicted = eval_sess.run(flow, feed_dict={moving: pairs})
