# family: other
# raises: TypeError
# culprit: summaries
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 3])
w = tf.compat.v1.get_variable("w", [3, 1])
summaries = tf.compat.v1.summary.merge_all()  # <- cause
loss = tf.reduce_mean(tf.matmul(x, w))
tf.compat.v1.summary.scalar("loss", loss)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
logged = sess.run(summaries, feed_dict={x: [[1.0, 2.0, 3.0]]})  # <- raises
