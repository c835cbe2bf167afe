# source: https://github.com/tensorflow/tensorflow/issues/20630
# family: missing_gradient
# raises: ValueError
# cause: 2:2
# raise: 3:8
# culprit: q_values | predict
# expect: q_values uses q_net.predict(), which returns a NumPy array outside the tape, so the TD loss is not connected to q_net's variables and every gradient is None; apply_gradients raises "No gradients provided". Call the model directly (q_net(states, training=True)) inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras
N_ACTIONS = 3
q_net = keras.Sequential([keras.Input(shape=(4,)),
                          keras.layers.Dense(24, activation="relu"),
                          keras.layers.Dense(N_ACTIONS)])
q_opt = keras.optimizers.Adam(1e-3)
rng = np.random.default_rng(1)
# %%
def q_values(states):
    return q_net.predict(states, verbose=0)

def td_targets(rewards, next_states, gamma=0.95):
    return rewards + gamma * np.max(q_values(next_states), axis=1)
# %%
states = rng.random((32, 4)).astype("float32")
next_states = rng.random((32, 4)).astype("float32")
actions = rng.integers(0, N_ACTIONS, size=32)
rewards = rng.random(32).astype("float32")
with tf.GradientTape() as tape:
    chosen = tf.reduce_sum(q_values(states) * tf.one_hot(actions, N_ACTIONS), axis=1)
    td_loss = tf.reduce_mean(tf.square(td_targets(rewards, next_states) - chosen))
q_opt.apply_gradients(zip(tape.gradient(td_loss, q_net.trainable_variables), q_net.trainable_variables))
