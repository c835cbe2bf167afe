# source: https://github.com/tensorflow/tensorflow/issues/33576
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The tf.function train step uses a model, optimizer and metric; it looks like the variable-creation-in-tf.function bug, but all of them are created once outside the function (the optimizer's slots are created on the first call only), so repeated calls are fine.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(45)
X, Y = rng.random((48, 5)).astype("float32"), rng.integers(0, 3, size=48)
model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(3)])
optimizer = keras.optimizers.Adam(1e-3)
train_loss = keras.metrics.Mean(name="train_loss")
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
# %%
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    train_loss.update_state(loss)
# %%
for epoch in range(2):
    train_loss.reset_state()
    for i in range(0, 48, 16):
        train_step(X[i:i + 16], Y[i:i + 16])
    print(epoch, float(train_loss.result()))
