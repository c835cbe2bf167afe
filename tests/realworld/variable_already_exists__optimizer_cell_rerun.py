# source: https://github.com/guillaume-chevalier/seq2seq-signal-prediction/issues/10
# family: variable_already_exists
# raises: ValueError
# cause: 2:3, 3:3
# raise: 3:3
# culprit: RMSProp | Optimizer
# expect: Running the optimizer cell again in the same graph asks RMSProp to create its slot variables (Optimizer/.../RMSProp) a second time under the same variable scope. Reset the graph and rebuild everything, or run the optimizer cell once.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
signal = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("Seq2seq"):
    proj = tf.compat.v1.get_variable("proj", [10, 10])
loss = tf.reduce_mean(tf.square(tf.matmul(signal, proj) - signal))
# %%
with tf.compat.v1.variable_scope("Optimizer"):
    optimizer = tf.compat.v1.train.RMSPropOptimizer(0.007, decay=0.9)
    train_op = optimizer.minimize(loss)
# %%
with tf.compat.v1.variable_scope("Optimizer"):
    optimizer = tf.compat.v1.train.RMSPropOptimizer(0.007, decay=0.9)
    train_op = optimizer.minimize(loss)
