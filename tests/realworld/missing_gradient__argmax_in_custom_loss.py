# source: https://github.com/keras-team/keras/issues/11157
# family: missing_gradient
# raises: ValueError
# cause: 1:6
# raise: 1:13
# culprit: class_mismatch_loss | ArgMax
# expect: class_mismatch_loss takes tf.argmax of the predictions and casts it to float; argmax has no gradient, so no variable gets one and Keras raises "No gradients provided for any variable". Use a differentiable loss on the probabilities (sparse_categorical_crossentropy) and keep argmax for metrics.
# %%
import numpy as np
import tensorflow as tf
import keras

def class_mismatch_loss(y_true, y_pred):
    predicted_class = tf.cast(tf.argmax(y_pred, axis=-1), tf.float32)
    return tf.reduce_mean(tf.abs(predicted_class - tf.cast(tf.reshape(y_true, [-1]), tf.float32)))

leaves = np.random.rand(48, 6).astype("float32")
leaf_species = np.random.randint(0, 3, size=48)
model = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss=class_mismatch_loss)
model.fit(leaves, leaf_species, epochs=1, batch_size=16, verbose=0)
