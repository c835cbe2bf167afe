# source: https://github.com/strongio/keras-bert/issues/32
# family: other
# raises: NotImplementedError
# cause: 2:2
# raise: 4:1
# culprit: FrozenEmbedding | get_config
# expect: FrozenEmbedding takes a NumPy table in __init__ and defines no get_config, so Keras cannot serialize its constructor arguments when saving the model. Override get_config (and store the table as a weight, or pass it another way) so the layer can be saved and reloaded.
# %%
import numpy as np
import keras
rng = np.random.default_rng(23)
pretrained_table = rng.normal(size=(50, 8)).astype("float32")
token_batch = rng.integers(0, 50, size=(4, 6))
# %%
class FrozenEmbedding(keras.layers.Layer):
    def __init__(self, table, **kwargs):
        super().__init__(**kwargs)
        self.table = keras.ops.convert_to_tensor(table)
    def call(self, ids):
        return keras.ops.take(self.table, ids, axis=0)
# %%
ids = keras.Input((6,), dtype="int32")
pooled = keras.layers.GlobalAveragePooling1D()(FrozenEmbedding(pretrained_table)(ids))
model = keras.Model(ids, keras.layers.Dense(2)(pooled))
print(model.predict(token_batch, verbose=0).shape)
# %%
model.save("/tmp/frozen_embedding_model.keras")
