# source: https://github.com/tensorflow/tensorflow/issues/38703
# family: other
# raises: InvalidArgumentError
# cause: 2:6
# raise: 4:4
# culprit: float16 | next_q | mixed_float16
# expect: Under the mixed_float16 policy every layer, including the dueling Lambda that combines value and advantage, outputs float16; the TD target mixes those float16 Q-values with the float32 rewards/dones, and the op fails ("cannot compute Mul as input #1(zero-based) was expected to be a float tensor but is a half tensor"). Make the model's output float32 (dtype="float32" on the final Lambda, or an Activation("linear", dtype="float32") after it).
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers, mixed_precision

mixed_precision.set_global_policy("mixed_float16")
OBS_DIM, N_ACTIONS, GAMMA = 8, 3, 0.99
# %%
def build_dueling_q(obs_dim, n_actions):
    inp = keras.Input((obs_dim,))
    body = layers.Dense(64, activation="relu")(inp)
    value = layers.Dense(1)(body)
    advantage = layers.Dense(n_actions, use_bias=False)(body)
    q = layers.Lambda(lambda t: t[0] + t[1] - tf.reduce_mean(t[1], axis=-1, keepdims=True))([value, advantage])
    return keras.Model(inp, q)

online_q = build_dueling_q(OBS_DIM, N_ACTIONS)
target_q = build_dueling_q(OBS_DIM, N_ACTIONS)
target_q.set_weights(online_q.get_weights())
optimizer = keras.optimizers.Adam(1e-3)
# %%
rng = np.random.default_rng(4)
replay = (rng.normal(size=(64, OBS_DIM)).astype("float32"),
          rng.integers(0, N_ACTIONS, size=64).astype("int32"),
          rng.normal(size=64).astype("float32"),
          rng.normal(size=(64, OBS_DIM)).astype("float32"),
          (rng.random(64) < 0.1).astype("float32"))
replay_ds = tf.data.Dataset.from_tensor_slices(replay).shuffle(64, seed=0).batch(16)
batch = next(iter(replay_ds))
# %%
def train_step(obs, actions, rewards, next_obs, dones):
    next_q = target_q(next_obs)
    max_next = tf.reduce_max(next_q, axis=1)
    td_target = rewards + GAMMA * (1.0 - dones) * max_next
    with tf.GradientTape() as tape:
        q_taken = tf.gather(online_q(obs), actions, axis=1, batch_dims=1)
        loss = tf.reduce_mean(tf.square(td_target - q_taken))
    grads = tape.gradient(loss, online_q.trainable_variables)
    optimizer.apply_gradients(zip(grads, online_q.trainable_variables))
    return loss

print(float(train_step(*batch)))
