# source: https://github.com/tensorflow/tensorflow/issues/29504
# family: other
# raises: InaccessibleTensorError
# cause: 2:7
# raise: 3:1
# culprit: batch_losses | append
# expect: Inside the tf.function the loop over tf.range becomes a tf.while_loop, so the loss tensors appended to the Python list batch_losses live inside the loop body and tf.add_n cannot reach them; accumulate in a tf.TensorArray (or a running tf sum) instead of a Python list.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(30)
X = tf.constant(rng.normal(size=(64, 3)).astype("float32"))
Y = tf.matmul(X, tf.constant([[1.0], [-2.0], [0.5]]))
w = tf.Variable(tf.zeros([3, 1]), name="w")
# %%
@tf.function
def epoch_loss(n_batches, batch=16):
    batch_losses = []
    for i in tf.range(n_batches):
        xb = X[i * batch:(i + 1) * batch]
        yb = Y[i * batch:(i + 1) * batch]
        batch_losses.append(tf.reduce_mean(tf.square(tf.matmul(xb, w) - yb)))
    return tf.add_n(batch_losses) / tf.cast(n_batches, tf.float32)
# %%
mean_loss = epoch_loss(tf.constant(4))
print(float(mean_loss))
