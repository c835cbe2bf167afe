# family: shape_mismatch
# raises: ValueError
# culprit: return_sequences
import keras
stack = keras.Sequential()
stack.add(keras.Input((6, 2)))
stack.add(keras.layers.GRU(8))  # <- cause
stack.add(keras.layers.GRU(4))  # <- raises
