# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: bias_extra
import tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
w = tf.compat.v1.get_variable("w", [3, 2])
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as first:
    first.run(tf.compat.v1.global_variables_initializer())
    path = saver.save(first, tempfile.mkdtemp() + "/m.ckpt")
bias_extra = tf.compat.v1.get_variable("bias_extra", [2])  # <- cause
out = tf.matmul(tf.ones((1, 3)), w) + bias_extra
sess = tf.compat.v1.Session()
saver.restore(sess, path)
sess.run(out)  # <- raises
