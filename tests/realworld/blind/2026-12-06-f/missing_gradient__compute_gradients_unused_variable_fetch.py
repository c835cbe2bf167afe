# source: https://github.com/tensorflow/tensorflow/issues/5861
# family: missing_gradient
# raises: TypeError
# cause: 2:2, 2:7
# raise: 3:3
# culprit: aux_bias | compute_gradients
# expect: compute_gradients returns (None, aux_bias) because aux_bias is not used by the loss, and sess.run cannot fetch None; drop unused variables from var_list or filter out pairs whose gradient is None.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(7)
feats = rng.randn(32, 5).astype(np.float32)
target = (feats @ rng.randn(5, 1)).astype(np.float32)
x_ph = tf.compat.v1.placeholder(tf.float32, [None, 5])
y_ph = tf.compat.v1.placeholder(tf.float32, [None, 1])
# %%
tracked = {}
for name, shape in [("weights", [5, 1]), ("bias", [1]), ("aux_bias", [1])]:
    tracked[name] = tf.Variable(tf.zeros(shape), name=name)
pred = tf.matmul(x_ph, tracked["weights"]) + tracked["bias"]
loss = tf.reduce_mean(tf.square(pred - y_ph))
opt = tf.compat.v1.train.GradientDescentOptimizer(0.05)
grad_pairs = opt.compute_gradients(loss, var_list=list(tracked.values()))
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
feed = {x_ph: feats, y_ph: target}
grad_tensors = [g for g, _ in grad_pairs]
grad_values = sess.run(grad_tensors, feed_dict=feed)
