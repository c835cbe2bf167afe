# family: shape_mismatch
# raises: ValueError
# culprit: encoded
import keras
from keras import layers
inputs = keras.Input(shape=(12, 4))
encoded = layers.GRU(16)(inputs)  # <- cause
decoded = layers.GRU(8)(encoded)  # <- raises
