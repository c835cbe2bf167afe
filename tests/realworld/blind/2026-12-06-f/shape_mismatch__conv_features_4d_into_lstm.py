# source: https://github.com/tensorflow/tensorflow/issues/46794
# family: shape_mismatch
# raises: ValueError
# cause: 2:2, 2:5
# raise: 2:5
# culprit: LSTM | encoder1_ | ndim=4
# expect: the convolution-across-time block outputs a 4-D tensor (batch, 5, 4, 32) but the LSTM needs (batch, timesteps, features); reshape/flatten the per-step features (e.g. Reshape((5, 4 * 32))) before the LSTM.
# %%
import keras
from keras import layers

STEPS, SENSORS, CH = 5, 4, 8
# %%
inputs_p = keras.Input(shape=(STEPS, SENSORS, CH))
conv_t = layers.Conv2D(32, (1, 1), activation="relu")(inputs_p)
print(conv_t.shape)
enc = layers.LSTM(16, activation="tanh", return_state=True, return_sequences=True, name="encoder1_")
decoder_outputs, state_h, state_c = enc(conv_t)
