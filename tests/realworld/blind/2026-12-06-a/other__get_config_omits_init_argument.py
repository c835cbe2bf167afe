# source: https://github.com/Benjamin-Etheredge/mlp-mixer-keras/issues/2
# family: other
# raises: TypeError
# cause: 1:14, 1:15
# raise: 3:1
# culprit: MixerBlock | get_config | hidden_dim
# expect: MixerBlock.get_config returns only the base config, without hidden_dim, so when load_model rebuilds the layer it calls MixerBlock(**config) without its required hidden_dim argument and deserialization fails. Add hidden_dim to the config (config.update({"hidden_dim": self.hidden_dim})).
# %%
import numpy as np
import keras

@keras.saving.register_keras_serializable(package="mixer_demo")
class MixerBlock(keras.layers.Layer):
    def __init__(self, hidden_dim, **kwargs):
        super().__init__(**kwargs)
        self.hidden_dim = hidden_dim
        self.norm = keras.layers.LayerNormalization()
        self.mlp = keras.layers.Dense(hidden_dim, activation="gelu")
    def call(self, x):
        return self.mlp(self.norm(x))
    def get_config(self):
        config = super().get_config()
        return config
# %%
rng = np.random.default_rng(13)
patches = rng.random((32, 9, 12)).astype("float32")
patch_labels = rng.integers(0, 3, size=32)
inp = keras.Input(shape=(9, 12))
h = MixerBlock(24)(inp)
h = keras.layers.GlobalAveragePooling1D()(h)
mixer = keras.Model(inp, keras.layers.Dense(3, activation="softmax")(h))
mixer.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
mixer.fit(patches, patch_labels, epochs=1, verbose=0)
mixer.save("/tmp/mixer_demo.keras")
# %%
restored = keras.models.load_model("/tmp/mixer_demo.keras")
restored.summary()
