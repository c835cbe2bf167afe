# source: https://github.com/Apress/advanced-applied-deep-learning/issues/5
# family: other
# raises: InvalidArgumentError
# cause: 1:5
# raise: 3:4
# culprit: click_counts | int64
# expect: click_counts is created from an integer NumPy array, so it is an int64 tensor, and tf.matmul with the float32 weights fails ("expected to be a int64 tensor but is a float tensor"); cast the counts to float32 when loading them.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(13)
click_counts = tf.constant(rng.randint(0, 40, size=(64, 6)))
conversion = tf.constant((rng.rand(64, 1) > 0.5).astype("float32"))
print(click_counts.dtype, conversion.dtype)
# %%
weights = tf.Variable(tf.random.normal([6, 1], stddev=0.1, seed=3), name="weights")
bias = tf.Variable(tf.zeros([1]), name="bias")
opt = tf.keras.optimizers.SGD(0.01)

def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = tf.matmul(x, weights) + bias
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
    grads = tape.gradient(loss, [weights, bias])
    opt.apply_gradients(zip(grads, [weights, bias]))
    return loss
# %%
dataset = tf.data.Dataset.from_tensor_slices((click_counts, conversion)).batch(16)
for epoch in range(2):
    for xb, yb in dataset:
        loss = train_step(xb, yb)
    print(epoch, float(loss))
