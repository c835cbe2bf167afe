# source: https://github.com/ageron/handson-ml2/issues/175
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: compile | evaluate
# expect: The model was trained with a hand-written GradientTape loop and never compiled, so model.evaluate has no loss or metrics configured and Keras refuses ("You must call compile() before using the model"). Compile it (loss, metrics) before evaluate, or compute the metrics in the loop.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(19)
X_train, y_train = rng.normal(size=(96, 8)).astype("float32"), rng.integers(0, 3, 96)
X_valid, y_valid = rng.normal(size=(32, 8)).astype("float32"), rng.integers(0, 3, 32)
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(30, activation="elu"), keras.layers.Dense(3, activation="softmax")])
loss_fn = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.optimizers.Nadam(learning_rate=0.01)
# %%
def random_batch(X, y, batch_size=32):
    idx = rng.integers(len(X), size=batch_size)
    return X[idx], y[idx]

for step in range(3):
    X_batch, y_batch = random_batch(X_train, y_train)
    with tf.GradientTape() as tape:
        loss = loss_fn(y_batch, model(X_batch, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
# %%
model.evaluate(X_valid, y_valid, verbose=0)
