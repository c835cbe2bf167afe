# source: https://github.com/keras-team/keras/issues/8956
# family: other
# raises: TypeError
# cause: 2:3, 2:4
# raise: 4:1
# culprit: ClippedScale | kwargs | name
# expect: ClippedScale.get_config returns the base config (name, trainable, dtype, ...) plus limit, but __init__(self, limit) accepts no **kwargs, so rebuilding the layer from its config at load time fails. Accept **kwargs in __init__ and pass them to super().__init__(**kwargs).
# %%
import numpy as np
import keras
rng = np.random.default_rng(22)
x = rng.normal(size=(16, 4)).astype("float32")
y = rng.normal(size=(16, 1)).astype("float32")
# %%
@keras.saving.register_keras_serializable(package="notebook")
class ClippedScale(keras.layers.Layer):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def call(self, inputs):
        return keras.ops.clip(inputs, -self.limit, self.limit)
    def get_config(self):
        config = super().get_config()
        config.update({"limit": self.limit})
        return config
# %%
inputs = keras.Input((4,))
outputs = keras.layers.Dense(1)(ClippedScale(2.0)(inputs))
model = keras.Model(inputs, outputs)
model.compile("adam", "mse")
model.fit(x, y, epochs=1, verbose=0)
model.save("/tmp/clipped_scale_model.keras")
# %%
restored = keras.models.load_model("/tmp/clipped_scale_model.keras")
