# source: https://github.com/ageron/handson-ml/issues/489
# family: other
# raises: ValueError
# cause: 2:1, 2:8, 1:16
# raise: 3:7
# culprit: training_op | reset_default_graph
# expect: Cell 2 calls reset_default_graph() and rebuilds theta, the predictions and the loss under name scopes, but never rebuilds training_op, so the session runs the new default graph while training_op still belongs to the graph from cell 1 ("not an element of this graph"). Recreate the optimizer op after the reset (training_op = optimizer.minimize(mse)) in the new graph.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(42)
m, n = 200, 3
housing_x = np.c_[np.ones((m, 1)), rng.normal(size=(m, n))].astype(np.float32)
housing_y = (housing_x @ np.array([[2.0], [0.5], [-1.0], [3.0]], np.float32) + 0.1 * rng.normal(size=(m, 1))).astype(np.float32)

X = tf.constant(housing_x, name="X")
y = tf.constant(housing_y, name="y")
theta = tf.Variable(tf.random.uniform([n + 1, 1], -1.0, 1.0), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
mse = tf.reduce_mean(tf.square(y_pred - y), name="mse")
optimizer = tf.compat.v1.train.GradientDescentOptimizer(learning_rate=0.01)
training_op = optimizer.minimize(mse)
# %%
tf.compat.v1.reset_default_graph()
X = tf.constant(housing_x, name="X")
y = tf.constant(housing_y, name="y")
theta = tf.Variable(tf.random.uniform([n + 1, 1], -1.0, 1.0), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
with tf.name_scope("loss"):
    error = y_pred - y
    mse = tf.reduce_mean(tf.square(error), name="mse")
init = tf.compat.v1.global_variables_initializer()
print(error.op.name, mse.op.name)
# %%
n_epochs = 20
with tf.compat.v1.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        if epoch % 10 == 0:
            print("Epoch", epoch, "MSE =", mse.eval())
        sess.run(training_op)
    best_theta = theta.eval()
