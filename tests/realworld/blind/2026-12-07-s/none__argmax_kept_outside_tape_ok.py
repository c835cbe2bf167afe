# source: https://github.com/tensorflow/tensorflow/issues/15278
# family: none
# raises: NONE
# cause: 4:6
# raise: NONE
# culprit: predicted
# expect: nothing is wrong: the loss that is differentiated is the softmax cross-entropy on logits; argmax is only used for the accuracy after the tape, so every variable gets a gradient; no diagnosis should be raised
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(43)
images = rng.random((64, 20)).astype("float32")
labels = rng.integers(0, 4, size=(64,))
# %%
model = keras.Sequential([
    keras.Input((20,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(4),
])
optimizer = keras.optimizers.Adam(1e-3)
# %%
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
# %%
with tf.GradientTape() as tape:
    logits = model(images, training=True)
    loss = loss_fn(labels, logits)
grads = tape.gradient(loss, model.trainable_variables)
optimizer.apply_gradients(zip(grads, model.trainable_variables))
predicted = tf.cast(tf.argmax(logits, axis=1), tf.int32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, labels), tf.float32))
print(float(loss), float(accuracy))
