# source: https://github.com/tensorflow/tensorflow/issues/30234
# family: missing_gradient
# raises: ValueError
# cause: 3:6
# raise: 3:10
# culprit: fast_w | assign
# expect: The inner MAML step writes the adapted weights into the variable fast_w with assign; assignments are not differentiable, so the outer tape has no path from query_loss back to meta_w and every gradient is None ("No gradients provided for any variable"). Keep the adapted weights as a plain tensor (fast = meta_w - lr * g) instead of assigning into a Variable.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(9)
tasks = [(rng.normal(size=(10, 4)).astype("float32"), rng.normal(size=(10, 1)).astype("float32")) for _ in range(3)]
INNER_LR = 0.05
# %%
meta_w = tf.Variable(tf.random.normal([4, 1], seed=1), name="meta_w")
fast_w = tf.Variable(tf.zeros([4, 1]), name="fast_w", trainable=False)
meta_opt = tf.keras.optimizers.SGD(0.01)
# %%
for x, y in tasks:
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            support_loss = tf.reduce_mean(tf.square(x[:5] @ meta_w - y[:5]))
        g = inner.gradient(support_loss, meta_w)
        fast_w.assign(meta_w - INNER_LR * g)
        query_loss = tf.reduce_mean(tf.square(x[5:] @ fast_w - y[5:]))
    meta_grads = outer.gradient(query_loss, [meta_w])
    print("meta grad:", meta_grads)
    meta_opt.apply_gradients(zip(meta_grads, [meta_w]))
