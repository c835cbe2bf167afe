# source: https://github.com/mrosol/Nonlincausality/pull/12
# family: unbuilt_layer
# raises: ValueError
# cause: 1:4, 1:8
# raise: 3:3
# culprit: shared_adam
# expect: shared_adam was built for the variables of the first model when first.fit ran; make_forecaster compiles the second model with the same optimizer instance, and a Keras 3 optimizer only updates the variables it was built with ("Unknown variable ... recreate a new optimizer instance"). Create a new optimizer inside make_forecaster.
# %%
import numpy as np
import keras

shared_adam = keras.optimizers.Adam(learning_rate=1e-3)

def make_forecaster(lags):
    model = keras.Sequential([keras.Input(shape=(lags,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
    model.compile(optimizer=shared_adam, loss="mse")
    return model
# %%
series = np.random.rand(200).astype("float32")
x2 = np.stack([series[i:i + 2] for i in range(150)])
first = make_forecaster(2)
first.fit(x2, series[2:152, None], epochs=1, verbose=0)
# %%
x5 = np.stack([series[i:i + 5] for i in range(150)])
second = make_forecaster(5)
second.fit(x5, series[5:155, None], epochs=1, verbose=0)
