# source: https://github.com/keras-team/keras/issues/4010
# family: other
# raises: ValueError
# cause: 3:1, 2:1
# raise: 3:1
# culprit: batch_size | stateful
# expect: the stateful LSTM fixes its state batch to 5 through batch_shape=(5, TIMESTEPS, N_IN), but fit is called with batch_size=8, so the carried states (5, 16) cannot be combined with 8-sample batches. Fit with batch_size=BATCH (5) and a sample count divisible by it, or build the input with the batch size you train with.
# %%
import numpy as np
import keras
from keras import layers
BATCH, TIMESTEPS, N_IN = 5, 20, 6
frames = np.random.rand(40, TIMESTEPS, N_IN).astype("float32")
spectra = np.random.rand(40, 1).astype("float32")
# %%
tts_in = keras.Input(batch_shape=(BATCH, TIMESTEPS, N_IN))
hidden = layers.LSTM(16, stateful=True)(tts_in)
tts = keras.Model(tts_in, layers.Dense(1)(hidden))
tts.compile(optimizer="sgd", loss="mse")
# %%
tts.fit(frames, spectra, batch_size=8, epochs=1, shuffle=False, verbose=0)
