# source: http://danijar.com/what-is-a-tensorflow-session/
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:1
# raise: 3:2
# culprit: slope | eval_sess
# expect: The trained values lived only in the `with` session of cell 2, which closed; eval_sess is a new session in which slope/intercept were never initialized or restored. Keep the training session open (or save and restore into eval_sess).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(3)
xs = rng.rand(50, 1).astype(np.float32)
ys = (2.5 * xs + 0.7 + 0.05 * rng.randn(50, 1)).astype(np.float32)

x_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="x_in")
y_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="y_in")
slope = tf.Variable(tf.zeros([1, 1]), name="slope")
intercept = tf.Variable(tf.zeros([1]), name="intercept")
pred = tf.matmul(x_in, slope) + intercept
loss = tf.reduce_mean(tf.square(pred - y_in))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(loss)
init = tf.compat.v1.global_variables_initializer()
# %%
with tf.compat.v1.Session() as sess:
    sess.run(init)
    for step in range(30):
        sess.run(train_op, {x_in: xs, y_in: ys})
    print("train loss", sess.run(loss, {x_in: xs, y_in: ys}))
# %%
eval_sess = tf.compat.v1.Session()
test_pred = eval_sess.run(pred, {x_in: xs[:4]})
print(test_pred)
