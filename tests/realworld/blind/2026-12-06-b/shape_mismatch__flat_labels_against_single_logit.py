# source: https://github.com/tensorflow/tensorflow/issues/31749
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 3:4
# culprit: labels | sigmoid_cross_entropy_with_logits
# expect: The model outputs logits of shape (batch, 1) but the labels were flattened to shape (batch,) when the data was prepared, so sigmoid_cross_entropy_with_logits rejects the shapes ((16, 1) vs (16,)). Keep the labels as a column (reshape to (-1, 1)) or squeeze the logits.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(14)
clicks = rng.normal(size=(64, 5)).astype("float32")
labels = (clicks[:, 0] > 0).astype("float32").ravel()
ds = tf.data.Dataset.from_tensor_slices((clicks, labels)).batch(16)
# %%
ctr = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
opt = keras.optimizers.Adam(1e-3)
# %%
for xb, yb in ds:
    with tf.GradientTape() as tape:
        logits = ctr(xb, training=True)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=yb, logits=logits))
    grads = tape.gradient(loss, ctr.trainable_variables)
    opt.apply_gradients(zip(grads, ctr.trainable_variables))
