# source: https://github.com/therne/dmn-tensorflow/issues/13
# family: variable_not_found
# raises: ValueError
# cause: 2:7, 2:13
# raise: 3:4
# culprit: ExponentialMovingAverage | gate_bn
# expect: The second hop re-enters the "episodic" scope with reuse=True, and batch_norm's ExponentialMovingAverage.apply tries to create its shadow variables there, which do not exist yet, so get_variable refuses. Create the moving-average variables outside the reused scope (or use reuse=tf.compat.v1.AUTO_REUSE) instead of plain reuse=True.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

HIDDEN = 8
rng = np.random.default_rng(0)
facts = rng.normal(size=(16, HIDDEN)).astype("float32")
# %%
def batch_norm(x, name, decay=0.9):
    with tf1.variable_scope(name):
        beta = tf1.get_variable("beta", [x.shape[-1]], initializer=tf1.zeros_initializer())
        gamma = tf1.get_variable("gamma", [x.shape[-1]], initializer=tf1.ones_initializer())
        mean, var = tf.nn.moments(x, [0])
        ema = tf1.train.ExponentialMovingAverage(decay)
        update = ema.apply([mean, var])
        with tf.control_dependencies([update]):
            mean, var = tf.identity(mean), tf.identity(var)
        return tf.nn.batch_normalization(x, mean, var, beta, gamma, 1e-5)

def attention_gate(memory, facts_in, reuse):
    with tf1.variable_scope("episodic", reuse=reuse):
        w = tf1.get_variable("w_gate", [HIDDEN, HIDDEN])
        z = tf.matmul(facts_in * memory, w)
        return tf.nn.sigmoid(batch_norm(z, "gate_bn"))
# %%
fact_ph = tf1.placeholder(tf.float32, [None, HIDDEN], name="facts")
memory = tf.reduce_mean(fact_ph, axis=0, keepdims=True)
for hop in range(2):
    gate = attention_gate(memory, fact_ph, reuse=(hop > 0))
    memory = tf.reduce_mean(gate * fact_ph, axis=0, keepdims=True)
