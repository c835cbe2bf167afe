# source: https://github.com/liupei101/TFDeepSurv/issues/8
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:2
# raise: 2:8
# culprit: Variable_2 | step_count
# expect: The variables have no names, so TensorFlow numbers them Variable, Variable_1, ... in creation order; the unnamed step counter created first in cell 2 takes "Variable" and shifts every weight by one, so the graph asks for a Variable_2 the checkpoint never had (and would assign shapes crosswise). Give every variable an explicit name.
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

ckpt_dir = tempfile.mkdtemp()
hidden_w = tf.Variable(tf.zeros([5, 3]))
out_w = tf.Variable(tf.zeros([3, 1]))
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(sess, os.path.join(ckpt_dir, "surv"))
# %%
tf.compat.v1.reset_default_graph()
step_count = tf.Variable(0.0, trainable=False)
hidden_w = tf.Variable(tf.zeros([5, 3]))
out_w = tf.Variable(tf.zeros([3, 1]))

sess = tf.compat.v1.Session()
saver = tf.compat.v1.train.Saver()
saver.restore(sess, os.path.join(ckpt_dir, "surv"))
