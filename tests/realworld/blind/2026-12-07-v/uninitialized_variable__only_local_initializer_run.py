# source: https://github.com/openai/universe-starter-agent/issues/31
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:2
# raise: 3:2
# culprit: policy/w | w_pi
# expect: the session only ran local_variables_initializer(), which covers the streaming-mean metric's local counters but not the policy weights created with get_variable (global variables), so reading policy/w fails as uninitialized. Run tf1.global_variables_initializer() as well (grouped with the local initializer).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
obs = tf1.placeholder(tf.float32, [None, 6], name="obs")
w_pi = tf1.get_variable("policy/w", [6, 3])
b_pi = tf1.get_variable("policy/b", [3], initializer=tf1.zeros_initializer())
logits = tf.matmul(obs, w_pi) + b_pi
avg_max, avg_update = tf1.metrics.mean(tf.reduce_max(logits, 1))
# %%
sess = tf1.Session()
sess.run(tf1.local_variables_initializer())
# %%
batch = np.random.rand(5, 6).astype(np.float32)
sess.run(avg_update, {obs: batch})
