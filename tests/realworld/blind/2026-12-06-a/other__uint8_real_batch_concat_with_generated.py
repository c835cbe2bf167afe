# source: https://github.com/ageron/handson-ml2/pull/476
# family: other
# raises: InvalidArgumentError
# cause: 1:5
# raise: 3:4
# culprit: sketches | real_batch | uint8
# expect: the real images are kept as uint8 (sketches) so every real_batch from real_ds is uint8, while the generator produces float32; tf.concat of the two fails. Convert the images to float32 in [0, 1] when building the dataset (sketches.astype("float32") / 255).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(2)
sketches = rng.integers(0, 256, size=(64, 28, 28), dtype=np.uint8)
real_ds = tf.data.Dataset.from_tensor_slices(sketches).shuffle(64, seed=1).batch(16, drop_remainder=True)
# %%
CODING = 10
generator = keras.Sequential([
    keras.Input(shape=(CODING,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(28 * 28, activation="sigmoid"),
    keras.layers.Reshape((28, 28)),
])
discriminator = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
# %%
for real_batch in real_ds.take(1):
    noise = tf.random.normal([16, CODING])
    fake_batch = generator(noise)
    mixed = tf.concat([fake_batch, real_batch], axis=0)
    verdict = discriminator(mixed)
