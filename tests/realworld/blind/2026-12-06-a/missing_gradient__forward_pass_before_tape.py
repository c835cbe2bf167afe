# source: https://github.com/tensorflow/tensorflow/issues/31265
# family: missing_gradient
# raises: ValueError
# cause: 2:5
# raise: 2:9
# culprit: preds | regressor
# expect: preds = regressor(house_x) runs before the `with tf.GradientTape()` block, so the tape only records the loss arithmetic on an already-computed tensor and every gradient w.r.t. regressor.trainable_variables is None; apply_gradients then says no gradients were provided. Move the forward pass inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(17)
house_x = tf.constant(rng.random((128, 5)), dtype=tf.float32)
house_y = tf.constant(rng.random((128, 1)), dtype=tf.float32)
regressor = keras.Sequential([keras.Input(shape=(5,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
optimizer = keras.optimizers.SGD(learning_rate=0.05)
# %%
def compute_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred))

for epoch in range(2):
    preds = regressor(house_x, training=True)
    with tf.GradientTape() as tape:
        loss = compute_loss(house_y, preds)
    grads = tape.gradient(loss, regressor.trainable_variables)
    optimizer.apply_gradients(zip(grads, regressor.trainable_variables))
    print(epoch, float(loss))
