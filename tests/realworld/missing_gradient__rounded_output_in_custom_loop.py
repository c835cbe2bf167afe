# source: https://github.com/keras-team/keras/issues/12521
# family: missing_gradient
# raises: ValueError
# cause: 2:4
# raise: 2:7
# culprit: tf.round | hard_mask
# expect: hard_mask = tf.round(segmenter(images)) is piecewise constant: its gradient is None, so every gradient in grads is None and apply_gradients fails. Compute the loss on the soft sigmoid output (round only for evaluation), or use a straight-through estimator.
# %%
import tensorflow as tf
import keras

segmenter = keras.Sequential([keras.Input(shape=(12, 12, 1)), keras.layers.Conv2D(4, 3, padding="same", activation="relu"), keras.layers.Conv2D(1, 1, activation="sigmoid")])
rmsprop = keras.optimizers.RMSprop(1e-3)
# %%
images = tf.random.uniform([4, 12, 12, 1])
true_masks = tf.cast(images > 0.5, tf.float32)
with tf.GradientTape() as tape:
    hard_mask = tf.round(segmenter(images))
    dice = 1.0 - 2.0 * tf.reduce_sum(hard_mask * true_masks) / (tf.reduce_sum(hard_mask) + tf.reduce_sum(true_masks) + 1.0)
grads = tape.gradient(dice, segmenter.trainable_variables)
rmsprop.apply_gradients(zip(grads, segmenter.trainable_variables))
