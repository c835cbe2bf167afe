# source: https://e-com-net.com/article/1685319420299259904.htm
# family: uninitialized_variable
# raises: NotFoundError
# cause: 2:5
# raise: 3:1
# culprit: accuracy/total | local_variables_initializer
# expect: tf.metrics.accuracy keeps its running total and count in LOCAL variables (accuracy/total, accuracy/count); only global_variables_initializer() was run, so update_op reads a variable that was never initialized; also run tf.compat.v1.local_variables_initializer() before evaluating the metric
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
truth = np.array([1, 0, 0, 0, 0])
guess = np.array([1, 0, 0, 0, 1])
# %%
x = v1.placeholder(tf.int32, [5])
y = v1.placeholder(tf.int32, [5])
accuracy, update_op = v1.metrics.accuracy(labels=x, predictions=y)
sess = v1.Session()
sess.run(v1.global_variables_initializer())
# %%
sess.run(update_op, feed_dict={x: truth, y: guess})
print(sess.run(accuracy))
