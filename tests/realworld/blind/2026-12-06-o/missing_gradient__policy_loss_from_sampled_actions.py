# source: https://github.com/rlcode/reinforcement-learning/issues/104
# family: missing_gradient
# raises: ValueError
# cause: 3:5
# raise: 3:8
# culprit: actions | categorical
# expect: the REINFORCE loss multiplies the sampled actions (tf.random.categorical output, an integer sample) by the returns, and sampling has no gradient, so every gradient is None and apply_gradients raises "No gradients provided for any variable"; use the log-probability of the taken actions, e.g. -mean(returns * log_softmax(logits)[actions]).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(31)
states = tf.constant(rng.normal(size=(32, 4)).astype(np.float32))
GOOD_ACTION = 1

def reward_for(actions):
    return tf.where(actions == GOOD_ACTION, 1.0, -0.2)
# %%
policy = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(3)])
policy_opt = keras.optimizers.Adam(1e-2)
# %%
with tf.GradientTape() as tape:
    logits = policy(states)
    actions = tf.random.categorical(logits, 1)[:, 0]
    returns = reward_for(actions)
    loss = -tf.reduce_mean(tf.cast(actions, tf.float32) * returns)

grads = tape.gradient(loss, policy.trainable_variables)
policy_opt.apply_gradients(zip(grads, policy.trainable_variables))
