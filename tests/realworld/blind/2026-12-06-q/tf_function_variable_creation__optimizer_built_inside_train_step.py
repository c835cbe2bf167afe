# source: https://github.com/tranleanh/edn-gtm/issues/7
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:3
# raise: 4:2
# culprit: g_opt | Adam
# expect: generator_step constructs its Adam optimizer inside the @tf.function body, so every trace tries to create the optimizer's variables (iterations, moments) inside the function ("tf.function only supports singleton tf.Variables created on the first call"). Create g_opt once, outside the tf.function, and only call apply_gradients inside it.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(26)
hazy = rng.random((16, 8, 8, 3)).astype("float32")
clear = rng.random((16, 8, 8, 3)).astype("float32")
pairs = tf.data.Dataset.from_tensor_slices((hazy, clear)).batch(4)
HP = {"lr": 2e-4, "beta_1": 0.5}
# %%
generator = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(8, 3, padding="same", activation="relu"), keras.layers.Conv2D(3, 3, padding="same")])
# %%
@tf.function
def generator_step(x, target):
    g_opt = keras.optimizers.Adam(HP["lr"], beta_1=HP["beta_1"])
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.abs(generator(x, training=True) - target))
    grads = tape.gradient(loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return loss
# %%
for x, target in pairs:
    generator_step(x, target)
