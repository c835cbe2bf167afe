# source: https://github.com/tensorflow/probability/issues/946
# family: untracked_weights
# raises: NONE
# cause: 1:8
# raise: NONE
# culprit: raw_scale
# expect: raw_scale is a bare tf.Variable attribute, which Keras 3 does not track: it is missing from model.trainable_weights, so fit() only updates loc and the noise scale stays at its initial value although training "works". Create it with self.add_weight(...) so it is tracked and trained.
# %%
import numpy as np
import tensorflow as tf
import keras

class GaussianHead(keras.layers.Layer):
    def build(self, input_shape):
        self.loc = self.add_weight(shape=(input_shape[-1],), initializer="zeros", name="loc")
        self.raw_scale = tf.Variable(tf.zeros((input_shape[-1],)), name="raw_scale")

    def call(self, x):
        scale = tf.nn.softplus(self.raw_scale)
        return tf.concat([x + self.loc, tf.broadcast_to(scale, tf.shape(x))], axis=-1)

def gaussian_nll(y_true, y_pred):
    mu, sigma = tf.split(y_pred, 2, axis=-1)
    return tf.reduce_mean(tf.math.log(sigma) + 0.5 * tf.square((y_true - mu) / sigma))
# %%
rng = np.random.default_rng(0)
x = rng.normal(size=(256, 3)).astype("float32")
y = x + 2.0 + rng.normal(scale=0.2, size=(256, 3)).astype("float32")
model = keras.Sequential([keras.Input((3,)), GaussianHead()])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss=gaussian_nll)
# %%
history = model.fit(x, y, epochs=5, batch_size=32, verbose=0)
print("loss", history.history["loss"][-1])
print("learned scale", tf.nn.softplus(model.layers[0].raw_scale).numpy())
