# source: https://github.com/komo135/trade-rl/issues/9
# family: other
# raises: TypeError
# cause: 3:2
# raise: 3:2
# culprit: MBBlock | custom_objects
# expect: The saved model contains the custom layer MBBlock, which is neither registered (keras.saving.register_keras_serializable) nor passed to load_model, so deserialization fails ("Could not locate class 'MBBlock'"). Pass custom_objects={"MBBlock": MBBlock} or register the class.
# %%
import numpy as np
import keras

class MBBlock(keras.layers.Layer):
    def __init__(self, units=16, expand=2, **kwargs):
        super().__init__(**kwargs)
        self.units, self.expand = units, expand
        self.inner = keras.layers.Dense(units * expand, activation="relu")
        self.outer = keras.layers.Dense(units)

    def call(self, x):
        return x + self.outer(self.inner(x))

    def get_config(self):
        return {**super().get_config(), "units": self.units, "expand": self.expand}
# %%
prices = np.random.default_rng(8).normal(size=(128, 16)).astype("float32")
actions = np.random.default_rng(9).integers(0, 3, size=128)
inp = keras.Input((16,))
h = MBBlock(16)(inp)
policy = keras.Model(inp, keras.layers.Dense(3, activation="softmax")(h))
policy.compile("adam", "sparse_categorical_crossentropy")
policy.fit(prices, actions, epochs=1, verbose=0)
policy.save("/tmp/trade_policy_b4.keras")
# %%
ckpt_file = "/tmp/trade_policy_b4.keras"
restored = keras.models.load_model(ckpt_file)
next_action = restored.predict(prices[:1], verbose=0).argmax()
