# source: https://github.com/tensorflow/tensorflow/issues/28605
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 1:18, 2:1
# raise: 3:4
# culprit: target | target/w1
# expect: The target Q-network's variables (target/w1, target/b1, ...) were created in cell 2, after global_variables_initializer() already ran in cell 1, so they were never initialized. Run the initializer (or tf.compat.v1.variables_initializer on the target's variables) after building the target network.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

class QNetwork:
    def __init__(self, scope, n_obs=8, n_actions=4, hidden=32):
        with tf.compat.v1.variable_scope(scope):
            self.obs = tf.compat.v1.placeholder(tf.float32, [None, n_obs], name="obs")
            w1 = tf.compat.v1.get_variable("w1", [n_obs, hidden])
            b1 = tf.compat.v1.get_variable("b1", [hidden], initializer=tf.compat.v1.zeros_initializer())
            h = tf.nn.relu(tf.matmul(self.obs, w1) + b1)
            w2 = tf.compat.v1.get_variable("w2", [hidden, n_actions])
            self.q_values = tf.matmul(h, w2)
            self.greedy = tf.argmax(self.q_values, axis=1)

online_net = QNetwork("online")
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
target_net = QNetwork("target")
gamma = 0.95
# %%
rng = np.random.default_rng(0)
next_states = rng.random((16, 8), dtype=np.float32)
rewards = rng.random(16, dtype=np.float32)
q_next = sess.run(target_net.q_values, feed_dict={target_net.obs: next_states})
td_target = rewards + gamma * q_next.max(axis=1)
