# source: https://github.com/tensorflow/tensorflow/issues/42984
# family: missing_gradient
# raises: ValueError
# cause: 3:7
# raise: 3:9
# culprit: target_net | trainable_weights
# expect: The loss is computed from online_net's Q-values, but the gradients are requested for target_net.trainable_weights, which the loss does not depend on, so every gradient is None ("No gradients provided for any variable"). Differentiate with respect to online_net.trainable_weights.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(44)
states = rng.normal(size=(64, 4)).astype(np.float32)
actions = rng.integers(0, 2, size=64)
returns = rng.normal(size=64).astype(np.float32)
# %%
def make_qnet():
    return keras.Sequential([keras.Input((4,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(2)])

online_net = make_qnet()
target_net = make_qnet()
target_net.set_weights(online_net.get_weights())
optimizer = keras.optimizers.Adam(1e-3)
# %%
for start in range(0, 64, 16):
    s, a, g = states[start:start + 16], actions[start:start + 16], returns[start:start + 16]
    with tf.GradientTape() as tape:
        q_all = online_net(s, training=True)
        q_taken = tf.gather(q_all, a, batch_dims=1)
        loss = tf.reduce_mean(tf.square(g - q_taken))
    train_vars = target_net.trainable_weights
    grads = tape.gradient(loss, train_vars)
    optimizer.apply_gradients(zip(grads, train_vars))
