# family: none
# raises: NONE
# culprit: -
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
counter = tf.Variable(0, name="counter")
inc = tf.assign_add(counter, 1)
sess = tf.InteractiveSession()
tf.global_variables_initializer().run()
for _ in range(3):
    inc.eval()
print(counter.eval())
