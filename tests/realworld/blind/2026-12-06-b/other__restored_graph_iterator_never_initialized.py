# source: https://github.com/QingyongHu/RandLA-Net/issues/150
# family: other
# raises: FailedPreconditionError
# cause: 3:2, 3:5
# raise: 3:5
# culprit: eval_iter | initializer
# expect: The evaluation dataset uses an initializable iterator (eval_iter), but the session only runs the variable initializer, never eval_iter.initializer, so get_next fails ("iterator has not been initialized"). Run sess.run(eval_iter.initializer, feed) before fetching.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(9)
test_x = rng.normal(size=(20, 5)).astype("float32")
test_y = rng.integers(0, 2, 20)
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 5])
y_in = tf.compat.v1.placeholder(tf.int64, [None])
eval_ds = tf.data.Dataset.from_tensor_slices((x_in, y_in)).batch(10)
eval_iter = tf.compat.v1.data.make_initializable_iterator(eval_ds)
feat_batch, label_batch = eval_iter.get_next()
clf_w = tf.compat.v1.get_variable("clf_w", [5, 2])
logits = tf.matmul(feat_batch, clf_w)
correct = tf.reduce_sum(tf.cast(tf.equal(tf.argmax(logits, 1), label_batch), tf.int32))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed = {x_in: test_x, y_in: test_y}
total = 0
total += sess.run(correct)
