# source: https://github.com/tensorflow/tensorflow/issues/26792
# family: untracked_weights
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: gate
# expect: FeatureGate creates its per-feature gate as a raw tf.Variable in build(); Keras 3 layers only track variables made with add_weight, so gate is not in model.trainable_weights, fit never updates it and it stays all ones. Create it with self.add_weight(shape=(input_shape[-1],), initializer="ones", name="gate").
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(27)
X = rng.normal(size=(64, 3)).astype("float32")
y = (X * np.array([2.0, -1.0, 0.5], dtype="float32")).sum(axis=1, keepdims=True)
# %%
class FeatureGate(keras.layers.Layer):
    def build(self, input_shape):
        self.gate = tf.Variable(tf.ones([input_shape[-1]]), trainable=True, name="gate")
    def call(self, x):
        return x * self.gate
# %%
gate_layer = FeatureGate()
model = keras.Sequential([keras.Input((3,)), gate_layer, keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
model.fit(X, y, epochs=2, verbose=0)
print(len(model.trainable_weights), gate_layer.gate.numpy())
