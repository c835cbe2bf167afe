# source: https://github.com/toni-heittola/dcase2019_task1_baseline/issues/4
# family: shape_mismatch
# raises: ValueError
# cause: 2:1, 2:2
# raise: 3:3
# culprit: X_train | input_shape | LSTM
# expect: The log-mel features were reshaped to (frames, mels, 1) as for a CNN, so input_shape is 3-D and the Input gives the LSTM a 4-D tensor, while an LSTM expects (batch, timesteps, features). Keep the features as (frames, mels) for the recurrent model (drop the channel axis or add a Reshape/TimeDistributed front end).
# %%
import numpy as np
import keras
N_FRAMES, N_MELS = 40, 20
rng = np.random.default_rng(21)
X_train = rng.normal(size=(24, N_FRAMES, N_MELS)).astype("float32")
Y_train = keras.utils.to_categorical(rng.integers(0, 3, 24), 3)
# %%
X_train = X_train.reshape(X_train.shape[0], N_FRAMES, N_MELS, 1)
input_shape = X_train.shape[1:]
# %%
model = keras.Sequential()
model.add(keras.Input(input_shape))
model.add(keras.layers.LSTM(32))
model.add(keras.layers.Dense(3, activation="softmax"))
