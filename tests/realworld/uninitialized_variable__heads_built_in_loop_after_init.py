# source: https://github.com/UCL-SML/Doubly-Stochastic-DGP/issues/15
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 1:13, 1:9
# raise: 1:16
# culprit: task_0
# expect: The initializer ran once, before the loop; each loop iteration creates a new head (task_k/w) after it, so those variables are never initialized. Create all heads first, then run global_variables_initializer().
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

shared_in = tf.compat.v1.placeholder(tf.float32, [None, 4])
trunk = tf.Variable(tf.ones([4, 4]), name="trunk")
encoded = tf.matmul(shared_in, trunk)
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())
batch = np.ones((3, 4), "float32")
for task in range(3):
    with tf.compat.v1.variable_scope(f"task_{task}"):
        head = tf.compat.v1.get_variable("w", [4, 2])
        prediction = tf.matmul(encoded, head)
    print("task", task)
    session.run(prediction, {shared_in: batch})
