# source: https://github.com/googlecolab/colabtools/issues/4753
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The custom layer and activation are registered with @keras.saving.register_keras_serializable and the layer implements get_config, and both are defined in this session before load_model runs, so the .keras file reloads and predicts the same values; nothing is wrong.
# %%
import os, tempfile
import numpy as np
import keras

MODEL_FILE = os.path.join(tempfile.mkdtemp(), "custom_model.keras")

@keras.saving.register_keras_serializable(package="MyLayers")
class ScaleBy(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}

@keras.saving.register_keras_serializable(package="my_package", name="squared")
def squared(x):
    return x ** 2
# %%
rng = np.random.default_rng(9)
x_in = rng.random((8, 4)).astype("float32")
y_in = rng.random((8, 1)).astype("float32")
inputs = keras.Input((4,))
mid = ScaleBy(0.5)(inputs)
outputs = keras.layers.Dense(1, activation=squared)(mid)
model = keras.Model(inputs, outputs)
model.compile(optimizer="rmsprop", loss="mean_squared_error")
model.fit(x_in, y_in, epochs=1, verbose=0)
model.save(MODEL_FILE)
# %%
reconstructed = keras.models.load_model(MODEL_FILE)
np.testing.assert_allclose(model.predict(x_in, verbose=0), reconstructed.predict(x_in, verbose=0), rtol=1e-5)
print("reloaded OK")
