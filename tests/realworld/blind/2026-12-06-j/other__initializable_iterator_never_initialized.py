# source: https://github.com/tensorflow/tensorflow/issues/15006
# family: other
# raises: FailedPreconditionError
# cause: 2:3, 3:2
# raise: 3:4
# culprit: iterator | initializer | make_initializable_iterator
# expect: input_pipeline uses make_initializable_iterator, whose initializer op is never run; global_variables_initializer() does not initialize iterators, so GetNext() fails. Run sess.run(iterator.initializer) before training (or use a one-shot iterator).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
rng = np.random.default_rng(8)
features = rng.normal(size=(40, 3)).astype("float32")
targets = features @ np.array([[1.0], [-2.0], [0.5]], dtype="float32")
# %%
def input_pipeline(x, y, batch_size=8):
    ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(40, seed=0).batch(batch_size).repeat()
    it = tf1.data.make_initializable_iterator(ds)
    return it, it.get_next()

iterator, (x_batch, y_batch) = input_pipeline(features, targets)
w = tf1.get_variable("w", [3, 1])
loss = tf.reduce_mean(tf.square(tf.matmul(x_batch, w) - y_batch))
train_op = tf1.train.GradientDescentOptimizer(0.1).minimize(loss)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for step in range(3):
    _, l = sess.run([train_op, loss])
    print(step, l)
