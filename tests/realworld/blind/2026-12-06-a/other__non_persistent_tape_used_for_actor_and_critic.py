# source: https://github.com/tensorflow/tensorflow/issues/46487
# family: other
# raises: RuntimeError
# cause: 2:2
# raise: 3:4
# culprit: tape | GradientTape
# expect: train_step records both losses on one non-persistent GradientTape and then calls tape.gradient twice (actor, then critic); the tape is released after the first call, so the second raises. Use tf.GradientTape(persistent=True) (and del tape afterwards) or two separate tapes.
# %%
import numpy as np
import tensorflow as tf
import keras
actor = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(2, activation="softmax")])
critic = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(32, activation="relu"),
                           keras.layers.Dense(1)])
actor_opt = keras.optimizers.Adam(1e-3)
critic_opt = keras.optimizers.Adam(1e-3)
# %%
def train_step(states, returns):
    with tf.GradientTape() as tape:
        values = tf.squeeze(critic(states), -1)
        probs = actor(states)
        advantage = returns - values
        actor_loss = -tf.reduce_mean(tf.math.log(tf.reduce_max(probs, -1) + 1e-8) * tf.stop_gradient(advantage))
        critic_loss = tf.reduce_mean(tf.square(advantage))
    actor_grads = tape.gradient(actor_loss, actor.trainable_variables)
    critic_grads = tape.gradient(critic_loss, critic.trainable_variables)
    actor_opt.apply_gradients(zip(actor_grads, actor.trainable_variables))
    critic_opt.apply_gradients(zip(critic_grads, critic.trainable_variables))
    return actor_loss, critic_loss
# %%
rng = np.random.default_rng(30)
batch_states = tf.constant(rng.random((16, 6)), dtype=tf.float32)
batch_returns = tf.constant(rng.random(16), dtype=tf.float32)
a_loss, c_loss = train_step(batch_states, batch_returns)
