# source: https://github.com/wangdxh/tensorflow-learn/issues/1
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:1, 2:2
# raise: 2:4
# culprit: Variable_2 | reset_default_graph
# expect: Cell 2 builds the regressor a second time in the same default graph, so the new unnamed variables are Variable_2/Variable_3 and the new Saver asks the checkpoint for keys it never stored; call tf.compat.v1.reset_default_graph() before rebuilding (or reuse the first variables/saver).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def build_regressor(n_in=3):
    w = tf.Variable(tf.zeros([n_in, 1]))
    b = tf.Variable(tf.zeros([1]))
    return w, b

w, b = build_regressor()
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    sess.run(w.assign(tf.ones([3, 1])))
    ckpt_path = saver.save(sess, "/tmp/blind3_regressor/model.ckpt")
print("saved to", ckpt_path)
# %%
w, b = build_regressor()
restorer = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
restorer.restore(sess, ckpt_path)
print(sess.run(w))
