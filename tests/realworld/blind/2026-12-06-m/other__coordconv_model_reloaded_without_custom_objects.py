# source: https://github.com/mit-ll/tornet/issues/10
# family: other
# raises: TypeError
# cause: 2:2, 1:5
# raise: 2:2
# culprit: CoordConv2D | custom_objects
# expect: The saved .keras file contains the custom CoordConv2D layer, which is neither registered with @keras.saving.register_keras_serializable nor passed to load_model, so deserialization fails. Pass custom_objects={"CoordConv2D": CoordConv2D} to load_model (or register the class).
# %%
import numpy as np
import tensorflow as tf
import keras

class CoordConv2D(keras.layers.Layer):
    def __init__(self, filters, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.filters = filters
        self.kernel_size = kernel_size
        self.conv = keras.layers.Conv2D(filters, kernel_size, padding="same")

    def call(self, x):
        h, w = tf.shape(x)[1], tf.shape(x)[2]
        ys = tf.cast(tf.range(h), x.dtype)[None, :, None, None] / tf.cast(h, x.dtype)
        ys = tf.tile(ys, [tf.shape(x)[0], 1, w, 1])
        return self.conv(tf.concat([x, ys], axis=-1))

    def get_config(self):
        config = super().get_config()
        config.update({"filters": self.filters, "kernel_size": self.kernel_size})
        return config

radar = keras.Input(shape=(24, 24, 2))
x = CoordConv2D(8, 3)(radar)
x = keras.layers.GlobalAveragePooling2D()(x)
tornado_prob = keras.layers.Dense(1, activation="sigmoid")(x)
cnn = keras.Model(radar, tornado_prob)
cnn.save("/tmp/blind13_tornado_cnn.keras")
# %%
model_file = "/tmp/blind13_tornado_cnn.keras"
cnn_loaded = keras.models.load_model(model_file, compile=False)
print(cnn_loaded.predict(np.zeros((1, 24, 24, 2), "float32"), verbose=0))
