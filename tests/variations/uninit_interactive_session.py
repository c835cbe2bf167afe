# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: bias_term
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
b = tf.get_variable("bias_term", shape=[4], initializer=tf.ones_initializer())  # <- cause
doubled = b * 2.0
sess = tf.InteractiveSession()
print(doubled.eval())  # <- raises
