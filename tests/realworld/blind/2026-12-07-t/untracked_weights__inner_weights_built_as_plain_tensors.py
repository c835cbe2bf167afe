# source: https://github.com/keiserlab/keras-neural-graph-fingerprint/issues/2
# family: untracked_weights
# raises: ValueError
# cause: 2:6, 2:7
# raise: 4:2
# culprit: GraphHidden | inner_w
# expect: build stores inner_w and inner_b as plain tensors from an initializer call instead of creating weights, so the layer has no weights at all (nothing is trained or saved) and get_weights from the reference layer cannot be set; create them with self.add_weight(shape=..., initializer=...) in build
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class GraphHidden(keras.layers.Layer):
    def __init__(self, conv_width, **kwargs):
        super().__init__(**kwargs)
        self.conv_width = conv_width
    def build(self, input_shape):
        self.inner_w = keras.initializers.GlorotUniform()((input_shape[-1], self.conv_width))
        self.inner_b = tf.zeros((self.conv_width,))
    def call(self, atoms):
        return tf.nn.relu(tf.matmul(atoms, self.inner_w) + self.inner_b)
# %%
atoms = np.random.rand(10, 20).astype("float32")
hidden = GraphHidden(32)
hidden(atoms)
reference = keras.layers.Dense(32)
reference(atoms)
# %%
print("weights in hidden layer:", len(hidden.weights))
hidden.set_weights(reference.get_weights())
