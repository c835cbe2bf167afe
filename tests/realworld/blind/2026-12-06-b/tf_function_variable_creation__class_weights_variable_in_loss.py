# source: https://github.com/dhirajmaji7/Attention-Res-UNet-with-Guided-Decoder-for-Semantic-Segmentation-of-Brain-tumors/issues/1
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:9
# raise: 3:1
# culprit: weighted_log_loss | class_weights
# expect: weighted_log_loss creates a tf.Variable (the class weights) every time it runs; model.fit traces the loss inside a tf.function, which only allows variables created once, so fit fails. Make the weights a constant (tf.constant) or create the variable once outside the loss.
# %%
import numpy as np
import tensorflow as tf
import keras
CLASS_FREQ = np.array([0.7, 0.2, 0.1], dtype="float32")

def weighted_log_loss(y_true, y_pred):
    y_pred = tf.clip_by_value(y_pred, 1e-7, 1.0)
    weights = 1.0 / CLASS_FREQ
    class_weights = tf.Variable(weights / weights.sum(), trainable=False)
    return -tf.reduce_mean(tf.reduce_sum(y_true * tf.math.log(y_pred) * class_weights, axis=-1))
# %%
rng = np.random.default_rng(4)
slices = rng.random((24, 16, 16, 1)).astype("float32")
masks = np.eye(3, dtype="float32")[rng.integers(0, 3, (24, 16, 16))]
seg = keras.Sequential([keras.Input((16, 16, 1)), keras.layers.Conv2D(8, 3, padding="same", activation="relu"), keras.layers.Conv2D(3, 1, activation="softmax")])
seg.compile(optimizer="adam", loss=weighted_log_loss)
# %%
seg.fit(slices, masks, batch_size=8, epochs=1, verbose=0)
