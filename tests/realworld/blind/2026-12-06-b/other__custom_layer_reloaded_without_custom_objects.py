# source: https://github.com/keras-team/keras/issues/7585
# family: other
# raises: TypeError
# cause: 3:1
# raise: 3:1
# culprit: TemperatureScale | custom_objects
# expect: The saved model contains the custom layer TemperatureScale, which is not registered, so load_model cannot rebuild it without custom_objects={"TemperatureScale": TemperatureScale} (or the class decorated with keras.saving.register_keras_serializable()).
# %%
import numpy as np
import keras

class TemperatureScale(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def call(self, logits):
        return logits / self.temperature

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}
# %%
calibrated = keras.Sequential([keras.Input((10,)), keras.layers.Dense(4), TemperatureScale(2.5), keras.layers.Softmax()])
calibrated.compile("adam", "categorical_crossentropy")
calibrated.fit(np.random.rand(16, 10), np.eye(4)[np.random.randint(0, 4, 16)], epochs=1, verbose=0)
calibrated.save("/tmp/b2_calibrated.keras")
# %%
restored = keras.models.load_model("/tmp/b2_calibrated.keras")
