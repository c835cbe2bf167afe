# family: unbuilt_layer
# raises: AttributeError
# culprit: stack
import keras
stack = keras.Sequential(name="stack")  # <- cause
stack.add(keras.layers.Dense(6, name="middle"))
stack.add(keras.layers.Dense(2))
probe = keras.Model(stack.input, stack.get_layer("middle").output)  # <- raises
