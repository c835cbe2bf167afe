# source: https://github.com/keras-team/keras/issues/4871
# family: other
# raises: NotImplementedError
# cause: 1:5, 1:6
# raise: 3:2
# culprit: SpatialWarp | get_config
# expect: SpatialWarp takes a Keras model (localization_net) as a constructor argument but defines no get_config(), so Keras cannot serialize it and model.save() raises NotImplementedError. Implement get_config() (serializing localization_net with keras.saving.serialize_keras_object) and a matching from_config(), or save weights only.
# %%
import numpy as np
import tensorflow as tf
import keras

class SpatialWarp(keras.layers.Layer):
    def __init__(self, localization_net, output_size, **kwargs):
        super().__init__(**kwargs)
        self.localization_net = localization_net
        self.output_size = output_size

    def call(self, images):
        shift = self.localization_net(images)
        scale = 1.0 + tf.reduce_mean(shift, axis=-1)[:, None, None, None]
        return tf.image.resize(images * scale, self.output_size)
# %%
locnet = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(6, kernel_initializer="zeros")])
inp = keras.Input((32, 32, 1))
warped = SpatialWarp(locnet, (32, 32))(inp)
x = keras.layers.Conv2D(8, 3, activation="relu")(warped)
out = keras.layers.Dense(10, activation="softmax")(keras.layers.GlobalAveragePooling2D()(x))
net = keras.Model(inp, out)
net.compile("adam", "sparse_categorical_crossentropy")
xs = np.random.default_rng(5).random((16, 32, 32, 1), dtype=np.float32)
net.fit(xs, np.arange(16) % 10, epochs=1, verbose=0)
# %%
save_path = "/tmp/warp_b4.keras"
net.save(save_path)
