# source: https://github.com/nengo/nengo-dl/issues/11
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:8
# raise: 3:5
# culprit: Adam | beta1_power
# expect: the AdamOptimizer train op (with its beta1_power/beta2_power and m/v slot variables) is created after global_variables_initializer() already ran, so those variables were never initialized; build the train op before running the initializer (or initialize them afterwards).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(0)
inputs = rng.uniform(-1, 1, size=(100, 1)).astype(np.float32)
outputs = 2 * inputs
# %%
inp = tf.compat.v1.placeholder(tf.float32, [None, 1])
target = tf.compat.v1.placeholder(tf.float32, [None, 1])
enc_w = tf.Variable(tf.random.normal([1, 100]), name="encoders")
dec_w = tf.Variable(tf.zeros([100, 1]), name="decoders")
probe = tf.matmul(tf.nn.relu(tf.matmul(inp, enc_w)), dec_w)
mse = tf.reduce_mean(tf.square(probe - target))
sim = tf.compat.v1.Session()
sim.run(tf.compat.v1.global_variables_initializer())
# %%
train = tf.compat.v1.train.AdamOptimizer(0.2).minimize(mse)

def train_epochs(n):
    for _ in range(n):
        sim.run(train, feed_dict={inp: inputs, target: outputs})
    return sim.run(mse, feed_dict={inp: inputs, target: outputs})

print("loss", train_epochs(2))
