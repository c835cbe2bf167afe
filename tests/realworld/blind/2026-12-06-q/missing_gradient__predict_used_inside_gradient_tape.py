# source: https://codemia.io/knowledge-hub/path/difference_between_modelx_and_modelpredictx_in_keras
# family: missing_gradient
# raises: ValueError
# cause: 2:4
# raise: 3:4
# culprit: predict | critic_loss
# expect: critic_loss runs the network with model.predict, which returns a NumPy array outside the tape, so the loss does not depend on value_net's weights and every gradient is None ("No gradients provided for any variable"). Call the model directly, model(x, training=True), inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(20)
x_batch = rng.normal(size=(16, 6)).astype("float32")
y_batch = rng.normal(size=(16, 1)).astype("float32")
# %%
value_net = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
optimizer = keras.optimizers.Adam(1e-3)
def critic_loss(model, x, y):
    preds = model.predict(x, verbose=0)
    return tf.reduce_mean(tf.square(preds - y))
# %%
with tf.GradientTape() as tape:
    loss = critic_loss(value_net, x_batch, y_batch)
grads = tape.gradient(loss, value_net.trainable_variables)
optimizer.apply_gradients(zip(grads, value_net.trainable_variables))
