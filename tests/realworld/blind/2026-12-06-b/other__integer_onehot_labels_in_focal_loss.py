# source: https://github.com/tensorflow/tensorflow/issues/46812
# family: other
# raises: InvalidArgumentError
# cause: 1:6, 2:4
# raise: 3:4
# culprit: y_true | int32 | onehot
# expect: The one-hot labels were built as int32 (np.eye(..., dtype="int32")), and focal_loss multiplies -y_true with the float32 log-probabilities, which TensorFlow refuses (expected a float tensor but got int32). Cast y_true to float32 (tf.cast(y_true, y_pred.dtype)) or build float labels.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(17)
embeddings_in = rng.normal(size=(48, 10)).astype("float32")
onehot = np.eye(4, dtype="int32")[rng.integers(0, 4, 48)]
# %%
def focal_loss(y_true, y_pred, gamma=2.0, alpha=0.25):
    y_pred = y_pred / tf.reduce_sum(y_pred, axis=-1, keepdims=True)
    y_pred = tf.clip_by_value(y_pred, 1e-7, 1.0 - 1e-7)
    cross_entropy = -y_true * tf.math.log(y_pred)
    return tf.reduce_mean(tf.reduce_sum(alpha * tf.pow(1 - y_pred, gamma) * cross_entropy, axis=-1))

head = keras.Sequential([keras.Input((10,)), keras.layers.Dense(4, activation="softmax")])
opt = keras.optimizers.SGD(0.1)
# %%
for start in range(0, 48, 16):
    xb, yb = embeddings_in[start:start + 16], tf.constant(onehot[start:start + 16])
    with tf.GradientTape() as tape:
        loss = focal_loss(yb, head(xb, training=True))
    opt.apply_gradients(zip(tape.gradient(loss, head.trainable_variables), head.trainable_variables))
