# source: https://github.com/tensorflow/tensorflow/issues/47083
# family: missing_gradient
# raises: ValueError
# cause: 2:8
# raise: 3:5
# culprit: flagged | tf.cast
# expect: the leak score is turned into a 0/1 flag with tf.cast(score > threshold), a comparison that has no gradient, so none of the weights or the threshold get a gradient and the optimizer reports that no gradients were provided. Train on the continuous score (e.g. tf.sigmoid(score - threshold)) and only threshold at prediction time.
# %%
import numpy as np
import tensorflow as tf
leaks = np.random.randint(0, 2, size=(64, 4)).astype(np.float32)
target = (leaks @ np.array([9., 8., 3., 2.], np.float32) > 10).astype(np.float32)
# %%
class LeakScorer(tf.Module):
    def __init__(self):
        self.weights_per_field = tf.Variable([9., 8., 3., 2.], name="weights_per_field")
        self.threshold = tf.Variable(10., name="threshold")

    def __call__(self, x):
        score = tf.reduce_sum(x * self.weights_per_field, axis=1)
        flagged = tf.cast(score > self.threshold, tf.float32)
        return flagged

scorer = LeakScorer()
sgd = tf.keras.optimizers.SGD(0.01)
# %%
with tf.GradientTape() as tape:
    pred = scorer(leaks)
    loss = tf.reduce_mean(tf.square(pred - target))
grads = tape.gradient(loss, scorer.trainable_variables)
sgd.apply_gradients(zip(grads, scorer.trainable_variables))
