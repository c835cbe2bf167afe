# source: https://github.com/keras-team/keras/issues/16663
# family: missing_gradient
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: rank_mismatch_loss | argsort
# expect: rank_mismatch_loss compares tf.argsort ranks of y_true and y_pred; argsort returns integer indices with no gradient, so the loss is disconnected from the model's weights and fit() reports "No gradients provided for any variable". Use a differentiable surrogate (e.g. a pairwise hinge/logistic ranking loss on the scores).
# %%
import numpy as np
import tensorflow as tf
import keras
cells = np.random.rand(48, 10).astype("float32")
order_targets = np.argsort(np.argsort(cells.sum(axis=1))).astype("float32").reshape(-1, 1)
# %%
def rank_mismatch_loss(y_true, y_pred):
    true_rank = tf.argsort(tf.argsort(tf.reshape(y_true, [-1])))
    pred_rank = tf.argsort(tf.argsort(tf.reshape(y_pred, [-1])))
    return tf.cast(tf.reduce_sum(tf.abs(true_rank - pred_rank)), tf.float32)

orderer = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
orderer.compile(optimizer="adam", loss=rank_mismatch_loss)
# %%
history = orderer.fit(cells, order_targets, batch_size=48, epochs=2, verbose=0)
