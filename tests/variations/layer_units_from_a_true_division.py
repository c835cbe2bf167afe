# family: other
# raises: ValueError
# culprit: code_size
import keras
input_size = 48
code_size = input_size / 4  # <- cause


def encoder(width, code):
    inputs = keras.Input((width,))
    return keras.Model(inputs, keras.layers.Dense(code)(inputs))  # <- raises


model = encoder(input_size, code_size)
