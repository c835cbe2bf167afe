# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: offset
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
gain = tf.Variable(2.0, name="gain")
init_op = tf.global_variables_initializer()  # <- cause
offset = tf.Variable(1.0, name="offset")
result = gain * 3.0 + offset
with tf.Session() as sess:
    sess.run(init_op)
    print(sess.run(result))  # <- raises
