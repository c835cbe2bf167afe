# source: https://github.com/tensorflow/tensorflow/issues/28377
# family: other
# raises: StopIteration
# cause: 3:1
# raise: 4:3
# culprit: train_iter | iter | repeat
# expect: train_iter = iter(train_ds) is created once, outside the epoch loop, over a dataset without .repeat(); the first epoch consumes all 4 batches and the first next(train_iter) of epoch 2 raises StopIteration (End of sequence). Create the iterator at the start of every epoch (or simply `for x, y in train_ds:`), or repeat the dataset.
# %%
import numpy as np
import tensorflow as tf
import keras

BATCH_SIZE, EPOCHS = 16, 3
rng = np.random.default_rng(77)
x_all = rng.normal(size=(64, 10)).astype("float32")
y_all = (x_all.sum(axis=1, keepdims=True) > 0).astype("float32")
train_ds = tf.data.Dataset.from_tensor_slices((x_all, y_all)).shuffle(64, seed=1).batch(BATCH_SIZE)
STEPS_PER_EPOCH = len(x_all) // BATCH_SIZE
# %%
clf = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"),
                        keras.layers.Dense(1, activation="sigmoid")])
loss_fn = keras.losses.BinaryCrossentropy()
optimizer = keras.optimizers.Adam(1e-2)

def train_on_batch(xb, yb):
    with tf.GradientTape() as tape:
        loss = loss_fn(yb, clf(xb, training=True))
    grads = tape.gradient(loss, clf.trainable_variables)
    optimizer.apply_gradients(zip(grads, clf.trainable_variables))
    return float(loss)
# %%
train_iter = iter(train_ds)
# %%
for epoch in range(EPOCHS):
    for step in range(STEPS_PER_EPOCH):
        xb, yb = next(train_iter)
        loss = train_on_batch(xb, yb)
    print("epoch", epoch, "loss", round(loss, 4))
