# source: https://github.com/calmiLovesAI/Basic_CNNs_TensorFlow2/issues/13
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:10
# raise: 4:1
# culprit: DenseBlock | Conv2D
# expect: DenseBlock.call instantiates new Conv2D bottleneck layers (and therefore new variables) every time it runs; inside the traced train function tf.function only allows variables to be created once, so fit fails. Create the bottleneck layers once in __init__ (a list of layers) and only apply them in call
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(31)
# %%
class DenseBlock(layers.Layer):
    def __init__(self, num_layers=2, growth_rate=4, **kwargs):
        super().__init__(**kwargs)
        self.num_layers = num_layers
        self.growth_rate = growth_rate

    def call(self, inputs):
        features = [inputs]
        for _ in range(self.num_layers):
            bottleneck = layers.Conv2D(self.growth_rate, 3, padding="same", activation="relu")
            features.append(bottleneck(tf.concat(features, axis=-1)))
        return tf.concat(features, axis=-1)
# %%
model = keras.Sequential([
    keras.Input((16, 16, 3)),
    DenseBlock(num_layers=2, growth_rate=4),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
model.fit(rng.random((16, 16, 16, 3)), rng.integers(0, 10, 16), epochs=1, batch_size=8, verbose=0)
