# source: https://github.com/jkiesele/caloGraphNN/pull/2
# family: other
# raises: TypeError
# cause: 2:12
# raise: 3:2
# culprit: get_config | n_neighbours | GravNetLite
# expect: GravNetLite.get_config() only stores n_filters, so from_config cannot call __init__ without n_neighbours and load_model fails; add every constructor argument (n_neighbours) to the config.
# %%
import numpy as np
import tensorflow as tf
import keras

hits = np.random.default_rng(13).random((16, 10, 4)).astype("float32")
energy = hits[..., 0].sum(axis=1, keepdims=True)
# %%
@keras.saving.register_keras_serializable(package="calo")
class GravNetLite(keras.layers.Layer):
    def __init__(self, n_filters, n_neighbours, **kwargs):
        super().__init__(**kwargs)
        self.n_filters = n_filters
        self.n_neighbours = n_neighbours
        self.proj = keras.layers.Dense(n_filters)
    def call(self, x):
        return self.proj(x) * (1.0 / self.n_neighbours)
    def get_config(self):
        config = super().get_config()
        config.update({"n_filters": self.n_filters})
        return config

inp = keras.Input(shape=(10, 4))
x = keras.layers.GlobalAveragePooling1D()(GravNetLite(8, 4)(inp))
calo = keras.Model(inp, keras.layers.Dense(1)(x))
calo.compile("adam", "mse")
calo.fit(hits, energy, epochs=1, verbose=0)
calo.save("/tmp/b6_calo.keras")
# %%
print("reloading for inference")
restored = keras.models.load_model("/tmp/b6_calo.keras")
