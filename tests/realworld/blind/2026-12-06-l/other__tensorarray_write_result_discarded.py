# source: https://github.com/tensorflow/tensorflow/issues/50243
# family: other
# raises: InvalidArgumentError
# cause: 2:7
# raise: 3:3
# culprit: generated | write
# expect: Inside the tf.function, TensorArray.write returns a new TensorArray and the code throws that result away, so every write is lost and generated.stack() returns an empty (0, batch, dim) tensor; taking the last step [:, -1, :] then fails. Reassign the result: generated = generated.write(t, x).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(41)
seed_frames = rng.normal(size=(2, 4)).astype(np.float32)
step_model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(4, activation="tanh")])
# %%
@tf.function
def autoregress(x0, n_steps):
    generated = tf.TensorArray(tf.float32, size=0, dynamic_size=True, element_shape=(None, 4))
    x = x0
    for t in tf.range(n_steps):
        x = step_model(x)
        generated.write(t, x)
    return tf.transpose(generated.stack(), [1, 0, 2])
# %%
rollout = autoregress(tf.constant(seed_frames), tf.constant(6))
print(rollout.shape)
last_frame = rollout[:, -1, :]
print(last_frame)
