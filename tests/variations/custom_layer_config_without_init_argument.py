# family: other
# raises: TypeError
# culprit: Gate
import numpy as np
import keras

class Gate(keras.layers.Layer):
    def __init__(self, width, **kwargs):
        super().__init__(**kwargs)
        self.width = width
        self.dense = keras.layers.Dense(width, activation="sigmoid")

    def call(self, x):
        return x * self.dense(x)

    def get_config(self):
        return super().get_config()  # <- cause

inputs = keras.Input(shape=(4,))
gated = keras.Model(inputs, Gate(4)(inputs))
gated.save("/tmp/tfmagic_variation_gate.keras")
again = keras.models.load_model("/tmp/tfmagic_variation_gate.keras",  # <- raises
                                custom_objects={"Gate": Gate})
