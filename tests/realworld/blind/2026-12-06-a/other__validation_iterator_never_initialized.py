# source: https://github.com/tensorflow/tensorflow/issues/26886
# family: other
# raises: FailedPreconditionError
# cause: 4:1
# raise: 4:2
# culprit: valid_iter | IteratorGetNext
# expect: The evaluation cell re-runs train_iter.initializer (copied from the training cell) instead of valid_iter.initializer, so the validation iterator was never initialized and GetNext fails; run sess.run(valid_iter.initializer) before evaluating.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(3)
train_x = rng.normal(size=(64, 6)).astype("float32")
train_y = rng.integers(0, 3, size=64).astype("int64")
valid_x = rng.normal(size=(16, 6)).astype("float32")
valid_y = rng.integers(0, 3, size=16).astype("int64")
# %%
def make_iterator(features, labels, batch):
    ds = tf.compat.v1.data.Dataset.from_tensor_slices((features, labels)).batch(batch)
    return tf.compat.v1.data.make_initializable_iterator(ds)

train_iter = make_iterator(train_x, train_y, 16)
valid_iter = make_iterator(valid_x, valid_y, 16)
tx, ty = train_iter.get_next()
vx, vy = valid_iter.get_next()

W = tf.compat.v1.get_variable("W", [6, 3])
b = tf.compat.v1.get_variable("b", [3], initializer=tf.compat.v1.zeros_initializer())
train_logits = tf.matmul(tx, W) + b
valid_logits = tf.matmul(vx, W) + b
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=ty, logits=train_logits))
step = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
valid_acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(valid_logits, 1), vy), tf.float32))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sess.run(train_iter.initializer)
for _ in range(4):
    sess.run(step)
# %%
sess.run(train_iter.initializer)
print("validation accuracy:", sess.run(valid_acc))
