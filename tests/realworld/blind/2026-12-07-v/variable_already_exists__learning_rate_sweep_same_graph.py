# source: https://github.com/openai/baselines/issues/426
# family: variable_already_exists
# raises: ValueError
# cause: 2:2, 2:4
# raise: 2:4
# culprit: eps | build_q
# expect: every iteration of the learning-rate sweep builds the Q network into the same default graph; the second pass calls get_variable("eps") again and it already exists. Start each iteration with a fresh graph (with tf.Graph().as_default(): or tf1.reset_default_graph()).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
def build_q(obs, n_actions):
    eps = tf1.get_variable("eps", (), initializer=tf1.constant_initializer(0.0))
    w = tf1.get_variable("q_w", [obs.shape[1], n_actions])
    return tf.matmul(obs, w), eps
# %%
results = {}
for lr in [1e-3, 5e-4]:
    obs = tf1.placeholder(tf.float32, [None, 6])
    q_values, eps = build_q(obs, 3)
    loss = tf.reduce_mean(tf.square(q_values))
    train = tf1.train.AdamOptimizer(lr).minimize(loss)
    with tf1.Session() as sess:
        sess.run(tf1.global_variables_initializer())
        results[lr] = sess.run(loss, {obs: np.random.rand(4, 6)})
