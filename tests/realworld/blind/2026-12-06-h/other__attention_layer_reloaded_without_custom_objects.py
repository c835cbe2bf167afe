# source: https://github.com/keras-team/keras/issues/1927
# family: other
# raises: TypeError
# cause: 1:5, 3:1
# raise: 3:1
# culprit: SeqAttentionPool | custom_objects
# expect: The saved .keras file references the custom SeqAttentionPool layer, which is neither registered (keras.saving.register_keras_serializable) nor passed to load_model, so deserialization cannot find the class and the model config cannot be rebuilt. Pass custom_objects={"SeqAttentionPool": SeqAttentionPool} to load_model, or register the class.
# %%
import numpy as np
import keras
from keras import ops

class SeqAttentionPool(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform", name="w")
        self.v = self.add_weight(shape=(self.units, 1), initializer="glorot_uniform", name="v")

    def call(self, x):
        scores = ops.matmul(ops.tanh(ops.matmul(x, self.w)), self.v)
        weights = ops.softmax(scores, axis=1)
        return ops.sum(weights * x, axis=1)

    def get_config(self):
        return {**super().get_config(), "units": self.units}
# %%
rng = np.random.default_rng(140)
seqs = rng.random((32, 12, 8)).astype("float32")
y = rng.integers(0, 2, size=32)
inp = keras.Input((12, 8))
h = keras.layers.LSTM(16, return_sequences=True)(inp)
out = keras.layers.Dense(1, activation="sigmoid")(SeqAttentionPool(8)(h))
model = keras.Model(inp, out)
model.compile("adam", "binary_crossentropy")
model.fit(seqs, y, epochs=1, verbose=0)
model.save("/tmp/b8_attention_model.keras")
# %%
reloaded = keras.models.load_model("/tmp/b8_attention_model.keras")
print(reloaded.predict(seqs[:2], verbose=0))
