# source: https://github.com/suinleelab/attributionpriors/issues/6
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:3, 2:1
# raise: 3:5
# culprit: train_step | optimizer
# expect: train_step is one tf.function reused across hyper-parameter trials; each trial passes a fresh model and a fresh Adam, so the second trial retraces and Adam creates its slot variables inside a non-first call ("tf.function only supports singleton tf.Variables created on the first call"). Create a new tf.function per trial (wrap train_step inside the loop) or reuse one optimizer that was built outside.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(0)
genes = rng.normal(size=(64, 20)).astype("float32")
response = rng.normal(size=(64, 1)).astype("float32")

def make_model(width):
    return keras.Sequential([keras.Input((20,)), keras.layers.Dense(width, activation="relu"), keras.layers.Dense(1)])
# %%
@tf.function
def train_step(model, optimizer, x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x, training=True) - y))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
# %%
results = {}
for width in [16, 32]:
    model, optimizer = make_model(width), keras.optimizers.Adam(1e-3)
    for epoch in range(2):
        loss = train_step(model, optimizer, genes, response)
    results[width] = float(loss)
