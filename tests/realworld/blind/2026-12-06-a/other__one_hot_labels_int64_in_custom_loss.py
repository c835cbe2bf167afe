# source: https://github.com/zhen8838/Circle-Loss/pull/2
# family: other
# raises: InvalidArgumentError
# cause: 1:7, 2:4
# raise: 3:9
# culprit: y_true | int64
# expect: The one-hot labels are built from np.eye(..., dtype=np.int64), so inside circle_style_loss y_true (int64) is multiplied with float32 scores and Mul fails; cast y_true to float32 in the loss (or build the one-hot labels as float32).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(6)
faces = rng.normal(size=(64, 32)).astype("float32")
ids = rng.integers(0, 4, size=64)
onehot = np.eye(4, dtype=np.int64)[ids]
train_ds = tf.data.Dataset.from_tensor_slices((faces, onehot)).shuffle(64, seed=0).batch(16)
# %%
def circle_style_loss(y_true, y_pred, gamma=32.0, margin=0.25):
    alpha_p = tf.nn.relu(1 + margin - tf.stop_gradient(y_pred))
    alpha_n = tf.nn.relu(tf.stop_gradient(y_pred) + margin)
    logits = (y_true * (alpha_p * (y_pred - (1 - margin))) +
              (1 - y_true) * (alpha_n * (y_pred - margin))) * gamma
    return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
# %%
embedder = tf.keras.Sequential([tf.keras.layers.Dense(16, activation="relu"),
                                tf.keras.layers.Dense(4)])
opt = tf.keras.optimizers.Adam(1e-3)
for xb, yb in train_ds:
    with tf.GradientTape() as tape:
        scores = tf.math.l2_normalize(embedder(xb), axis=1)
        # cosine-style scores in [-1, 1]
        weights = embedder.trainable_variables
        loss = circle_style_loss(yb, scores)
    grads = tape.gradient(loss, weights)
    opt.apply_gradients(zip(grads, weights))
