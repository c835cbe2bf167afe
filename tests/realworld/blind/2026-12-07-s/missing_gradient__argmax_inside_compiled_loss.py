# source: https://github.com/keras-team/keras/issues/10321
# family: missing_gradient
# raises: ValueError
# cause: 2:2
# raise: 4:1
# culprit: class_distance_loss | argmax
# expect: class_distance_loss turns the predictions into class indices with argmax (and a cast), which is not differentiable, so no gradient reaches the model weights and fit reports "No gradients provided for any variable"; compute the loss on the softmax probabilities (e.g. expected class index or cross-entropy) and keep argmax for metrics only
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(22)
x_train = rng.normal(size=(128, 10)).astype("float32")
y_train = rng.integers(0, 5, size=(128, 1))
# %%
def class_distance_loss(y_true, y_pred):
    picked = tf.cast(tf.argmax(y_pred, axis=-1), tf.float32)
    truth = tf.cast(tf.squeeze(y_true, axis=-1), tf.float32)
    return tf.reduce_mean(tf.abs(picked - truth))
# %%
model = keras.Sequential([
    keras.Input((10,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
model.compile(optimizer="adam", loss=class_distance_loss)
# %%
model.fit(x_train, y_train, epochs=2, batch_size=32, verbose=0)
