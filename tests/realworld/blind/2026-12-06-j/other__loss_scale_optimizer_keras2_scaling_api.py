# source: https://github.com/keras-team/keras/issues/20894
# family: other
# raises: AttributeError
# cause: 3:6, 3:8
# raise: 4:1
# culprit: get_scaled_loss | LossScaleOptimizer
# expect: The loop follows the old tf.keras mixed-precision guide, but Keras 3's LossScaleOptimizer has no get_scaled_loss/get_unscaled_gradients. Use optimizer.scale_loss(loss) for the tape and pass the scaled gradients to optimizer.apply_gradients, which unscales them itself.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(20)
x = rng.random((32, 10), dtype=np.float32)
y = rng.integers(0, 3, 32)
# %%
inputs = keras.Input((10,))
h = keras.layers.Dense(16, activation="relu")(inputs)
logits = keras.layers.Dense(3)(h)
outputs = keras.layers.Activation("softmax", dtype="float32")(logits)
model = keras.Model(inputs, outputs)
loss_object = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.mixed_precision.LossScaleOptimizer(keras.optimizers.Adam())
# %%
@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        predictions = model(xb)
        loss = loss_object(yb, predictions)
        scaled_loss = optimizer.get_scaled_loss(loss)
    scaled_gradients = tape.gradient(scaled_loss, model.trainable_variables)
    gradients = optimizer.get_unscaled_gradients(scaled_gradients)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss
# %%
train_step(x, y)
