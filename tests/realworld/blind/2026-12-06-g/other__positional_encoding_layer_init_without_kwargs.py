# source: https://github.com/tensorflow/datasets/issues/3175
# family: other
# raises: TypeError
# cause: 1:7, 1:8
# raise: 3:1
# culprit: PositionalEncoding | kwargs | name
# expect: PositionalEncoding.__init__ only accepts (position, d_model) and does not forward **kwargs to the base Layer, so when load_model rebuilds it from its config (which also carries name, trainable, dtype) the constructor rejects the extra keywords. Accept **kwargs in __init__ and pass them to super().__init__ (and return position/d_model from get_config).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

class PositionalEncoding(keras.layers.Layer):
    def __init__(self, position, d_model):
        super().__init__()
        self.position, self.d_model = position, d_model
        pos = np.arange(position)[:, None]
        i = np.arange(d_model)[None, :]
        angles = pos / np.power(10000, (2 * (i // 2)) / d_model)
        angles[:, 0::2] = np.sin(angles[:, 0::2])
        angles[:, 1::2] = np.cos(angles[:, 1::2])
        self.pos_encoding = tf.constant(angles[None], tf.float32)

    def call(self, x):
        return x + self.pos_encoding[:, :tf.shape(x)[1], :]

    def get_config(self):
        return {**super().get_config(), "position": self.position, "d_model": self.d_model}
# %%
tokens = keras.Input((20,), dtype="int32")
h = keras.layers.Embedding(500, 32)(tokens)
h = PositionalEncoding(50, 32)(h)
out = keras.layers.Dense(2, activation="softmax")(keras.layers.GlobalAveragePooling1D()(h))
chatbot = keras.Model(tokens, out)
model_path = os.path.join(tempfile.mkdtemp(), "newest_model.keras")
chatbot.save(model_path)
# %%
restored = keras.models.load_model(model_path, custom_objects={"PositionalEncoding": PositionalEncoding})
