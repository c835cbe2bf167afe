# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: scale_v
import os
import tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
base = tf.Variable(tf.ones([3]), name="base_v")
keeper = tf.compat.v1.train.Saver()  # <- cause
scale = tf.Variable(2.0, name="scale_v")
out = tf.reduce_sum(base * scale)
path = os.path.join(tempfile.mkdtemp(), "m.ckpt")
with tf.compat.v1.Session() as first:
    first.run(tf.compat.v1.global_variables_initializer())
    keeper.save(first, path)
again = tf.compat.v1.Session()
keeper.restore(again, path)
again.run(out)  # <- raises
