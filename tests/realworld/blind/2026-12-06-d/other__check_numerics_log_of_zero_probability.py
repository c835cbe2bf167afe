# source: https://github.com/mead-ml/mead-baseline/pull/410
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:6
# culprit: manual_xent | log
# expect: The hand-written cross entropy takes tf.math.log of softmax probabilities that underflow to exactly 0 for large logits, producing -inf/NaN, which check_numerics reports. Use tf.nn.softmax_cross_entropy_with_logits (or log_softmax / clip probabilities) instead of log(softmax).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(27)
feats = rng.normal(size=(32, 20)).astype(np.float32) * 40.0
gold = tf.one_hot(rng.integers(0, 6, size=32), 6)
W = tf.Variable(tf.random.normal([20, 6], stddev=1.0, seed=4))
# %%
def manual_xent(logits, onehot):
    probs = tf.nn.softmax(logits)
    return -tf.reduce_sum(onehot * tf.math.log(probs), axis=1)
# %%
opt = tf.keras.optimizers.SGD(0.01)
for step in range(2):
    with tf.GradientTape() as tape:
        per_example = manual_xent(tf.matmul(feats, W), gold)
        loss = tf.reduce_mean(per_example)
    loss = tf.debugging.check_numerics(loss, "xent loss")
    grads = tape.gradient(loss, [W])
    opt.apply_gradients(zip(grads, [W]))
