# source: https://discuss.tensorflow.org/t/where-does-the-tape-break-after-all/20305
# family: missing_gradient
# raises: ValueError
# cause: 1:10
# raise: 1:12
# culprit: loss | tape
# expect: Only the forward pass is inside `with tf.GradientTape()`; loss is computed after the block closed, so the tape never recorded it and tape.gradient returns None for every variable, which the optimizer then rejects. Move the loss computation inside the with block.
# %%
import tensorflow as tf
import keras

scorer = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
sgd = keras.optimizers.SGD(0.05)
inputs = tf.random.normal([32, 4])
targets = tf.reduce_sum(inputs, axis=1, keepdims=True)
with tf.GradientTape() as tape:
    predictions = scorer(inputs)
loss = tf.reduce_mean(tf.square(predictions - targets))
grads = tape.gradient(loss, scorer.trainable_variables)
sgd.apply_gradients(zip(grads, scorer.trainable_variables))
