# source: https://github.com/tensorflow/tensorflow/issues/10632
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 2:5, 2:6
# raise: 3:2
# culprit: batch_size | noise
# expect: The noise variable's initial value is built from the batch_size placeholder (random_uniform([10, 2 * batch_size])), so global_variables_initializer() itself needs a value for batch_size and fails with "You must feed a value for placeholder tensor 'batch_size'". Do not make a variable's initializer depend on a placeholder: use a plain tensor (tf.random.uniform inside the graph) or a fixed-size variable, or feed batch_size to the initializer run.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
tf1.set_random_seed(1234)
# %%
class Connector:
    def __init__(self, n_out=4):
        self.batch_size = tf1.placeholder(tf.int32, [], name="batch_size")
        with tf1.name_scope("conn"):
            noise_init = tf1.random_uniform([10, 2 * self.batch_size], -1.0, 1.0)
            self.noise = tf.Variable(noise_init, validate_shape=False, name="noise")
            self.proj = tf.Variable(tf1.random_uniform([6, n_out], -0.1, 0.1), name="proj")
            self.out = tf.matmul(self.noise, self.proj)

conn = Connector()
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
mixed = sess.run(conn.out, feed_dict={conn.batch_size: 3})
print(mixed.shape)
