# source: https://github.com/keras-team/keras/issues/2415
# family: shape_mismatch
# raises: ValueError
# cause: 2:4
# raise: 3:1
# culprit: return_sequences | lstm
# expect: The last LSTM still has return_sequences=True (copied from the stacked layer above it), so Dense(1) is applied at every time step and the model outputs (batch, 10) after the squeeze while the churn labels are (batch, 1); binary_crossentropy rejects the shapes ("target and output must have the same shape"). Set return_sequences=False on the last recurrent layer.
# %%
import numpy as np
import keras
from keras import layers
rng = np.random.default_rng(33)
LOOK_BACK, N_FEATS = 10, 3
usage = rng.random((96, LOOK_BACK, N_FEATS)).astype("float32")
churned = rng.integers(0, 2, (96, 1)).astype("float32")
# %%
churn_model = keras.Sequential([
    keras.Input((LOOK_BACK, N_FEATS)),
    layers.LSTM(16, return_sequences=True),
    layers.LSTM(8, return_sequences=True),
    layers.Dense(1, activation="sigmoid"),
])
churn_model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
# %%
churn_model.fit(usage, churned, batch_size=32, epochs=1, verbose=0)
