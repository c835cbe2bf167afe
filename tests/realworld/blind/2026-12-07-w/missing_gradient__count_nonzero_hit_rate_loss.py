# source: https://github.com/tensorflow/tensorflow/issues/58614
# family: missing_gradient
# raises: ValueError
# cause: 2:3
# raise: 3:6
# culprit: hit_rate_loss | count_nonzero
# expect: hit_rate_loss builds the loss from tf.round and tf.math.count_nonzero of the predictions, which have no gradient, so tape.gradient returns None for every weight and apply_gradients reports that no gradients were provided. Use a differentiable surrogate (e.g. binary cross-entropy or a soft count such as reduce_sum(pred * label)).
# %%
import numpy as np
import tensorflow as tf
import keras
feats = np.random.rand(100, 12).astype("float32")
labels = (np.random.rand(100, 1) > 0.5).astype("float32")
# %%
def hit_rate_loss(y_true, y_pred):
    picked = tf.round(y_pred)
    hits = tf.math.count_nonzero(tf.equal(picked, y_true))
    return 1.0 - tf.cast(hits, tf.float32) / tf.cast(tf.size(y_true), tf.float32)

clf = keras.Sequential([keras.Input((12,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
opt = keras.optimizers.Adam(1e-3)
# %%
for start in range(0, 100, 50):
    xb, yb = feats[start:start + 50], labels[start:start + 50]
    with tf.GradientTape() as tape:
        loss = hit_rate_loss(yb, clf(xb, training=True))
    grads = tape.gradient(loss, clf.trainable_weights)
    opt.apply_gradients(zip(grads, clf.trainable_weights))
