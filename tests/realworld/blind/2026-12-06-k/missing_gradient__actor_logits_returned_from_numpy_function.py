# source: https://github.com/tensorflow/tensorflow/issues/47288
# family: missing_gradient
# raises: ValueError
# cause: 2:3, 3:3
# raise: 3:8
# culprit: numpy_function | actor_logits | np_rollout
# expect: The actor's logits are computed inside np_rollout (actor(obs).numpy()) and reach the tape only through tf.numpy_function, which has no gradient, so tape.gradient returns None for every actor weight and apply_gradients raises "No gradients provided for any variable". Let numpy_function return only the environment data (observations, actions, rewards) and call actor(obs) inside the GradientTape.
# %%
import numpy as np
import tensorflow as tf
import keras

OBS_DIM, N_ACTIONS, N_ENVS = 6, 3, 8
rng = np.random.default_rng(0)
actor = keras.Sequential([keras.Input((OBS_DIM,)),
                          keras.layers.Dense(16, activation="relu"),
                          keras.layers.Dense(N_ACTIONS)])
optimizer = keras.optimizers.Adam(1e-3)
# %%
def np_rollout():
    obs = rng.normal(size=(N_ENVS, OBS_DIM)).astype("float32")
    logits = actor(obs).numpy()
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    actions = np.array([rng.choice(N_ACTIONS, p=p / p.sum()) for p in probs], dtype="float32")
    rewards = rng.random(N_ENVS).astype("float32")
    return obs, logits, actions, rewards
# %%
def train_step():
    with tf.GradientTape() as tape:
        obs, actor_logits, actions, rewards = tf.numpy_function(np_rollout, [], [tf.float32] * 4)
        log_probs = tf.nn.log_softmax(actor_logits)
        chosen = tf.gather(log_probs, tf.cast(actions, tf.int32), axis=1, batch_dims=1)
        loss = -tf.reduce_mean(chosen * rewards)
    grads = tape.gradient(loss, actor.trainable_variables)
    optimizer.apply_gradients(zip(grads, actor.trainable_variables))
    return loss

for it in range(3):
    print("policy loss:", float(train_step()))
