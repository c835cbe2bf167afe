# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: beta
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
alpha = tf.Variable(1.0, name="alpha")
beta = tf.Variable(2.0, name="beta")
total = alpha + beta
sess = tf.Session()
sess.run(tf.variables_initializer([alpha]))  # <- cause
print(sess.run(total))  # <- raises
