# source: https://github.com/karolzak/keras-unet/issues/51
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: keras.Input | (1, N_FEATURES)
# expect: the regressor's input is declared with shape (1, N_FEATURES) as if each row were a one-step sequence, while the feature matrix is (samples, 3); Keras rejects the (None, 3) batch ("Expected shape (None, 1, 3)"). Declare keras.Input((N_FEATURES,)) for plain tabular rows.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(161)
N_FEATURES = 3
soil = rng.random((40, N_FEATURES)).astype("float32")
crop_yield = soil @ np.array([2.0, -1.0, 0.5], dtype="float32")
# %%
yield_model = keras.Sequential([keras.Input((1, N_FEATURES)),
                                layers.Dense(16, activation="relu"),
                                layers.Dense(1)])
yield_model.compile("adam", "mse")
# %%
yield_model.fit(soil, crop_yield, epochs=2, batch_size=8, verbose=0)
