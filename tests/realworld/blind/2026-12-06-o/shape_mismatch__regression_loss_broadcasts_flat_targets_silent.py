# source: https://github.com/tensorflow/tensorflow/issues/28901
# family: shape_mismatch
# raises: NONE
# cause: 3:5, 1:7
# raise: NONE
# culprit: price_batch | pred | (16, 16)
# expect: the targets are a flat (16,) vector while the model predicts (16, 1); `price_batch - pred` silently broadcasts to a (16, 16) matrix, so the loss averages every prediction against every target and the loop trains toward the batch mean. Warn about the broadcast in the loss and reshape the targets to (batch, 1) (or squeeze pred) before subtracting.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(201)
house_feats = rng.random((64, 5)).astype("float32")
house_price = (house_feats @ np.array([3.0, -2.0, 1.0, 0.5, 4.0], dtype="float32"))
house_ds = tf.data.Dataset.from_tensor_slices((house_feats, house_price)).batch(16)
# %%
pricer = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
price_opt = keras.optimizers.Adam(1e-2)
# %%
for epoch in range(2):
    for feats_batch, price_batch in house_ds:
        with tf.GradientTape() as tape:
            pred = pricer(feats_batch)
            loss = tf.reduce_mean(tf.square(price_batch - pred))
        grads = tape.gradient(loss, pricer.trainable_variables)
        price_opt.apply_gradients(zip(grads, pricer.trainable_variables))
    print(epoch, float(loss))
