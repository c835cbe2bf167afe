# family: other
# raises: TypeError
# culprit: lr
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
step = tf.compat.v1.train.get_or_create_global_step()
lr = tf.compat.v1.train.exponential_decay(0.1, step, 100, 0.96)
lr = 0.01  # <- cause
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
current = sess.run(lr)  # <- raises
