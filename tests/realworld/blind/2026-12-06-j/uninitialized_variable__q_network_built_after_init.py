# source: https://github.com/tensorflow/tensorflow/issues/28041
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:3
# raise: 4:1
# culprit: hidden/kernel | q_head | global_variables_initializer
# expect: global_variables_initializer() ran in the session cell before the Q-network's variables (hidden/kernel, q_head/...) were created, so it initialized nothing and reading them fails. Run the initializer after building the network.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
STATE_SIZE = 6
N_ACTIONS = 3
rng = np.random.default_rng(3)
states = rng.normal(size=(10, STATE_SIZE)).astype("float32")
# %%
state_ph = tf1.placeholder(tf.float32, [None, STATE_SIZE], name="state")
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
# %%
def dense(x, units, name, act=None):
    with tf1.variable_scope(name):
        w = tf1.get_variable("kernel", [x.shape[-1], units])
        b = tf1.get_variable("bias", [units], initializer=tf1.zeros_initializer())
        y = tf.matmul(x, w) + b
        return act(y) if act else y

hidden = dense(state_ph, 16, "hidden", tf.nn.relu)
q_values = dense(hidden, N_ACTIONS, "q_head")
# %%
best = sess.run(tf.argmax(q_values, axis=1), feed_dict={state_ph: states})
print(best)
