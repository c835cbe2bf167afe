# source: https://github.com/koshian2/OctConv-TFKeras/issues/16
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:9, 2:10
# raise: 4:1
# culprit: OctaveConv | high_to_high
# expect: OctaveConv.call constructs its Conv2D layers (high_to_high, high_to_low) every time it runs, so fit's traced train step creates new kernels on a later trace and TensorFlow raises "tf.function only supports singleton tf.Variables created on the first call". Create the Conv2D layers once in __init__ (or build) and only apply them in call().
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
# %%
class OctaveConv(keras.layers.Layer):
    def __init__(self, filters, alpha=0.25, **kwargs):
        super().__init__(**kwargs)
        self.filters = filters
        self.alpha = alpha

    def call(self, x):
        low_ch = int(self.filters * self.alpha)
        high_to_high = keras.layers.Conv2D(self.filters - low_ch, 3, padding="same")
        high_to_low = keras.layers.Conv2D(low_ch, 3, padding="same")
        high = high_to_high(x)
        low = high_to_low(tf.nn.avg_pool2d(x, 2, 2, "VALID"))
        return tf.concat([high, tf.image.resize(low, tf.shape(high)[1:3])], axis=-1)
# %%
octnet = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    OctaveConv(16),
    keras.layers.ReLU(),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(5, activation="softmax"),
])
octnet.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
rng = np.random.default_rng(19)
tiles, tile_cls = rng.random((32, 16, 16, 3)).astype("float32"), rng.integers(0, 5, 32)
# %%
octnet.fit(tiles, tile_cls, epochs=1, batch_size=8, verbose=0)
