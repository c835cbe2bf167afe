# source: https://github.com/tensorflow/tensorflow/issues/59510
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 2:4
# raise: 3:3
# culprit: train_ds | from_tensor_slices
# expect: train_step unpacks each batch as (x, y), but train_ds was built from the feature matrix alone, so each element is a single tensor and the traced train_step tries to iterate over a symbolic tensor. Build the dataset from (features, targets).
# %%
import numpy as np
import tensorflow as tf
import keras

class PairRegressor(keras.Model):
    def __init__(self):
        super().__init__()
        self.body = keras.layers.Dense(16, activation="relu")
        self.out = keras.layers.Dense(1)

    def call(self, x):
        return self.out(self.body(x))

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(self(x, training=True) - y))
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}
# %%
rng = np.random.default_rng(12)
features = rng.normal(size=(64, 6)).astype("float32")
targets = features.sum(axis=1, keepdims=True)
train_ds = tf.data.Dataset.from_tensor_slices(features).shuffle(64).batch(16)
# %%
reg = PairRegressor()
reg.compile(optimizer="adam")
reg.fit(train_ds, epochs=1, verbose=0)
