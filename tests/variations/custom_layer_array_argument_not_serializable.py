# family: other
# raises: NotImplementedError
# culprit: Offset
import numpy as np
import keras

class Offset(keras.layers.Layer):
    def __init__(self, table, **kwargs):  # <- cause
        super().__init__(**kwargs)
        self.table = table

    def call(self, x):
        return x + self.table

inputs = keras.Input(shape=(3,))
shifted = keras.Model(inputs, Offset(np.ones(3, "float32"))(inputs))
shifted.save("/tmp/tfmagic_variation_offset.keras")  # <- raises
