# source: https://github.com/tensorflow/tensorflow/issues/15115
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The streaming accuracy keeps local variables; they are initialized by local_variables_initializer, and the value read before any update is 0 by design. Nothing is wrong.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
truth = tf.compat.v1.placeholder(tf.int32, [None])
guess = tf.compat.v1.placeholder(tf.int32, [None])
accuracy, update_accuracy = tf.compat.v1.metrics.accuracy(truth, guess)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sess.run(tf.compat.v1.local_variables_initializer())
feed = {truth: [1, 2, 3, 4], guess: [1, 2, 0, 4]}
sess.run(update_accuracy, feed)
print(sess.run(accuracy))
