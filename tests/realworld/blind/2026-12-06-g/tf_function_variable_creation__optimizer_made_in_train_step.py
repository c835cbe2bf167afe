# source: https://github.com/Hirosora/LightCTR/issues/5
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:6
# raise: 2:12
# culprit: Adam | optimizer | train_step
# expect: train_step builds a new Adam optimizer inside the tf.function, so its slot/iteration variables are created while tracing (and again on every retrace); tf.function only allows variables created once. Create the optimizer once outside train_step and reuse it.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(33)
n_fields, emb = 6, 4
clicks_x = rng.integers(0, 50, size=(128, n_fields)).astype("int32")
clicks_y = rng.integers(0, 2, size=(128, 1)).astype("float32")
ctr_model = keras.Sequential([
    keras.Input((n_fields,), dtype="int32"),
    keras.layers.Embedding(50, emb), keras.layers.Flatten(),
    keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
bce = keras.losses.BinaryCrossentropy(from_logits=True)
# %%
@tf.function
def train_step(x, y, lr):
    with tf.GradientTape() as tape:
        loss = bce(y, ctr_model(x, training=True))
    grads = tape.gradient(loss, ctr_model.trainable_variables)
    opt = keras.optimizers.Adam(learning_rate=lr)
    opt.apply_gradients(zip(grads, ctr_model.trainable_variables))
    return loss

ds = tf.data.Dataset.from_tensor_slices((clicks_x, clicks_y)).batch(32)
for x, y in ds:
    print(float(train_step(x, y, 1e-3)))
