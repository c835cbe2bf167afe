# source: https://github.com/keras-team/keras/issues/7000
# family: other
# raises: NotImplementedError
# cause: 2:1, 2:2
# raise: 4:2
# culprit: SpatialTransformer | get_config
# expect: SpatialTransformer takes a sub-model (localization_net) and a tuple in __init__ but defines no get_config, so Keras cannot serialize it when the model is saved; implement get_config (serializing localization_net with keras.saving.serialize_keras_object) plus from_config, or save weights only
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
# %%
class SpatialTransformer(keras.layers.Layer):
    def __init__(self, localization_net, output_size, **kwargs):
        super().__init__(**kwargs)
        self.locnet = localization_net
        self.output_size = output_size
    def call(self, x):
        theta = self.locnet(x)
        resized = tf.image.resize(x, self.output_size)
        return resized * tf.reduce_mean(theta)
# %%
locnet = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(6)])
inp = keras.Input((32, 32, 1))
out = keras.layers.Flatten()(SpatialTransformer(locnet, (16, 16))(inp))
stn_model = keras.Model(inp, keras.layers.Dense(10)(out))
stn_model.compile("adam", "mse")
# %%
save_path = os.path.join(tempfile.mkdtemp(), "stn.keras")
stn_model.save(save_path)
