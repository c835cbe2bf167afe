# source: https://github.com/sitegui/cent-patates/issues/1
# family: other
# raises: InvalidArgumentError
# cause: 1:6
# raise: 3:2
# culprit: winner_counts | int64
# expect: winner_counts comes from rng.poisson, an int64 array, so each yb in the custom loop is an int64 tensor and `y_pred - y_true` in relative_error subtracts int64 from float32. Cast the targets to float32 when the data is made (winner_counts.astype("float32")) or inside the loss.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(21)
draw_features = rng.random((120, 7)).astype("float32")
winner_counts = rng.poisson(3.0, size=(120, 1))
# %%
predictor = keras.Sequential([keras.Input(shape=(7,)),
                              keras.layers.Dense(12, activation="relu"),
                              keras.layers.Dense(1)])
opt = keras.optimizers.Adam(1e-3)
batches = tf.data.Dataset.from_tensor_slices((draw_features, winner_counts)).batch(30)
# %%
def relative_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_pred - y_true) / (1.0 + tf.abs(y_pred)))

for step, (xb, yb) in enumerate(batches):
    with tf.GradientTape() as tape:
        loss = relative_error(yb, predictor(xb, training=True))
    grads = tape.gradient(loss, predictor.trainable_variables)
    opt.apply_gradients(zip(grads, predictor.trainable_variables))
