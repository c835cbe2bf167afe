# source: https://github.com/keras-team/keras-io/issues/406
# family: missing_gradient
# raises: ValueError
# cause: 2:9
# raise: 3:8
# culprit: action_probs | critic_value | GradientTape
# expect: The forward pass model(state_batch) runs in cell 2, before the GradientTape is opened in cell 3, so the tape never records how action_probs and critic_value depend on the weights and every gradient is None. Move the model call inside the `with tf.GradientTape()` block.
# %%
import numpy as np
import tensorflow as tf
import keras

num_inputs, num_actions, num_hidden = 4, 2, 32
inputs = keras.Input(shape=(num_inputs,))
common = keras.layers.Dense(num_hidden, activation="relu")(inputs)
action = keras.layers.Dense(num_actions, activation="softmax")(common)
critic = keras.layers.Dense(1)(common)
actor_critic = keras.Model(inputs=inputs, outputs=[action, critic])
optimizer = keras.optimizers.Adam(learning_rate=0.01)
huber_loss = keras.losses.Huber()
# %%
rng = np.random.default_rng(0)
episode_states = rng.normal(size=(20, num_inputs)).astype("float32")
episode_rewards = rng.random(20).astype("float32")
gamma = 0.99
returns = np.array([sum(gamma ** k * r for k, r in enumerate(episode_rewards[t:])) for t in range(20)], dtype="float32")
returns = (returns - returns.mean()) / (returns.std() + 1e-7)

state_batch = tf.convert_to_tensor(episode_states)
action_probs, critic_value = actor_critic(state_batch)
# %%
with tf.GradientTape() as tape:
    advantage = returns - tf.squeeze(critic_value, axis=1)
    actor_loss = -tf.reduce_mean(tf.math.log(tf.reduce_max(action_probs, axis=1)) * advantage)
    critic_loss = huber_loss(returns, tf.squeeze(critic_value, axis=1))
    loss_value = actor_loss + critic_loss

grads = tape.gradient(loss_value, actor_critic.trainable_variables)
optimizer.apply_gradients(zip(grads, actor_critic.trainable_variables))
