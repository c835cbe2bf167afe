# source: https://github.com/tensorflow/tensorflow/issues/44065
# family: shape_mismatch
# raises: ValueError
# cause: 2:1, 1:5
# raise: 2:2
# culprit: Conv1D | input_shape
# expect: Conv1D needs (steps, channels) per sample, but the Input is declared as (n_coef,) from the flat coefficient rows, so the layer receives a 2-D (None, 120) tensor. Declare Input(shape=(n_coef, 1)) and add the channel axis to the data (coefficients[..., None]).
# %%
import numpy as np
import keras

rng = np.random.default_rng(44)
coefficients = rng.normal(size=(90, 120)).astype("float32")   # sparse-coded EEG windows
class_label = rng.integers(0, 3, size=90)
n_coef = coefficients.shape[1]
# %%
eeg_in = keras.Input(shape=(n_coef,))
x = keras.layers.Conv1D(filters=32, kernel_size=1, strides=3, activation="relu")(eeg_in)
x = keras.layers.GlobalMaxPooling1D()(x)
eeg_model = keras.Model(eeg_in, keras.layers.Dense(3, activation="softmax")(x))
