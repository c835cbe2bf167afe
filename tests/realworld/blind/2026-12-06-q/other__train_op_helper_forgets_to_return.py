# source: https://github.com/shahrukhqasim/TIES-2.0/issues/13
# family: other
# raises: TypeError
# cause: 2:5
# raise: 4:3
# culprit: train_op | make_optimizer_step
# expect: make_optimizer_step builds the clipped apply_gradients op but never returns it, so train_op is None and sess.run rejects the fetch list ("Argument `fetch` = None has invalid type"). Return train_step from the helper.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(2)
X_train = rng.normal(size=(20, 4)).astype(np.float32)
y_train = (X_train.sum(axis=1, keepdims=True) > 0).astype(np.float32)
# %%
def make_optimizer_step(loss, lr=0.05):
    optimizer = tf.compat.v1.train.GradientDescentOptimizer(lr)
    grads_and_vars = optimizer.compute_gradients(loss)
    clipped = [(tf.clip_by_norm(g, 1.0), v) for g, v in grads_and_vars]
    train_step = optimizer.apply_gradients(clipped)
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 4], name="x")
y = tf.compat.v1.placeholder(tf.float32, [None, 1], name="y")
w = tf.compat.v1.get_variable("w", [4, 1])
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=tf.matmul(x, w)))
train_op = make_optimizer_step(loss)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    _, loss_val = sess.run([train_op, loss], {x: X_train, y: y_train})
