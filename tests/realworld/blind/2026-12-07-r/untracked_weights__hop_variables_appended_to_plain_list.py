# source: https://github.com/keras-team/tf-keras/issues/513
# family: untracked_weights
# raises: ValueError
# cause: 2:9
# raise: 4:6
# culprit: hop_weights | GraphHops
# expect: GraphHops.build appends raw tf.Variable objects to self.hop_weights; Keras 3 does not track tf.Variable instances, so the layer (and hop_model) reports no trainable variables, tape.gradient returns an empty list and apply_gradients fails unpacking it. Create the weights with self.add_weight(...) so Keras tracks and trains them.
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class GraphHops(keras.layers.Layer):
    def __init__(self, hops=3, **kwargs):
        super().__init__(**kwargs)
        self.hops = hops
        self.hop_weights = []

    def build(self, input_shape):
        for _ in range(self.hops):
            self.hop_weights.append(tf.Variable(tf.eye(input_shape[-1]) * 0.5, trainable=True))

    def call(self, node_feats):
        h = node_feats
        for w in self.hop_weights:
            h = tf.nn.tanh(h @ w)
        return h
# %%
hop_model = keras.Sequential([keras.Input(shape=(6,)), GraphHops(hops=3)])
opt = keras.optimizers.SGD(0.1)
rng = np.random.default_rng(22)
nodes = rng.random((10, 6)).astype("float32")
targets = rng.random((10, 6)).astype("float32")
# %%
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(hop_model(nodes) - targets))
params = hop_model.trainable_variables
grads = tape.gradient(loss, params)
print(float(loss), len(params))
opt.apply_gradients(zip(grads, params))
