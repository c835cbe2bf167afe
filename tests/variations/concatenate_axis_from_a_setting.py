# family: shape_mismatch
# raises: ValueError
# culprit: JOIN_AXIS
import keras
JOIN_AXIS = 1  # <- cause
image = keras.Input((8, 8, 4))
mask = keras.Input((8, 8, 2))
joined = keras.layers.Concatenate(axis=JOIN_AXIS)([image, mask])  # <- raises
