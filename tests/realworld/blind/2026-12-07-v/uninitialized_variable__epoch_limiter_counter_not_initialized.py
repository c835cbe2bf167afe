# source: https://github.com/tensorflow/tensorflow/issues/6015
# family: uninitialized_variable
# raises: NotFoundError
# cause: 2:1
# raise: 2:4
# culprit: limit_epochs/epochs | init_op
# expect: limit_epochs keeps its epoch counter in a local variable, and init_op only initializes global variables, so the counter is still uninitialized when out is evaluated. Group tf1.local_variables_initializer() into init_op.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
features = tf.constant(np.random.rand(10, 4).astype(np.float32))
limited = tf1.train.limit_epochs(features, num_epochs=3)
w = tf1.get_variable("fc_w", [4, 2])
out = tf.matmul(limited, w)
# %%
init_op = tf1.global_variables_initializer()
with tf1.Session() as sess:
    sess.run(init_op)
    print(sess.run(out).shape)
