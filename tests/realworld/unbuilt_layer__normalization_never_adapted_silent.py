# source: https://github.com/keras-team/keras/issues/16296
# family: unbuilt_layer
# raises: NONE
# cause: 1:6
# raise: NONE
# culprit: scaler | Normalization
# expect: scaler is a keras.layers.Normalization that was never adapted and got no mean/variance, so it passes the raw features (scales of hundreds vs units) through unchanged; training runs without an error. Warn that the Normalization layer was never adapted and suggest scaler.adapt(house_features) before building the model.
# %%
import numpy as np
import keras

house_features = np.random.rand(64, 3).astype("float32") * np.array([500.0, 5.0, 80.0], dtype="float32")
house_prices = house_features @ np.array([[300.0], [10000.0], [-500.0]], dtype="float32")
scaler = keras.layers.Normalization(axis=-1)
# %%
price_model = keras.Sequential([keras.Input(shape=(3,)), scaler, keras.layers.Dense(1)])
price_model.compile(optimizer="adam", loss="mse")
price_model.fit(house_features, house_prices, epochs=1, batch_size=16, verbose=0)
