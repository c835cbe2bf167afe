# source: https://github.com/tensorflow/tensorflow/issues/42000
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:3, 2:1
# raise: 3:6
# culprit: train_step | run_opt
# expect: train_step is one tf.function reused across the repeated experiments, and every seed builds a brand-new Adam optimizer and passes it in; the new optimizer creates its slot variables while train_step is being retraced, which tf.function forbids after the first trace. Create one optimizer (and reset it), or build a fresh tf.function per experiment.
# %%
import numpy as np
import tensorflow as tf
import keras
x = np.random.rand(64, 6).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 3).astype("float32")
net = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
bce = keras.losses.BinaryCrossentropy(from_logits=True)
initial_weights = net.get_weights()
# %%
@tf.function
def train_step(optimizer, xb, yb):
    with tf.GradientTape() as tape:
        loss = bce(yb, net(xb, training=True))
    grads = tape.gradient(loss, net.trainable_variables)
    optimizer.apply_gradients(zip(grads, net.trainable_variables))
    return loss
# %%
results = {}
for seed in range(3):
    run_opt = keras.optimizers.Adam(1e-2)
    net.set_weights(initial_weights)
    for epoch in range(2):
        loss = train_step(run_opt, x, y)
    results[seed] = float(loss)
print(results)
