# family: other
# raises: TypeError
# culprit: Scale
import keras

class Scale(keras.layers.Layer):
    def __init__(self, factor):  # <- cause
        super().__init__()
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        config = super().get_config()
        config["factor"] = self.factor
        return config

inputs = keras.Input(shape=(3,))
scaled = keras.Model(inputs, Scale(2.0)(inputs))
scaled.save("/tmp/tfmagic_variation_scale.keras")
loaded = keras.models.load_model("/tmp/tfmagic_variation_scale.keras",  # <- raises
                                 custom_objects={"Scale": Scale})
