# source: https://github.com/tensorflow/tensorflow/issues/44240
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1, 3:2
# raise: 3:2
# culprit: serving | TrafficForecaster
# expect: serving is a new subclassed TrafficForecaster that has never been called, so it has no variables and load_weights refuses to load into it. Build it first (serving(flows[:1]) or serving.build((None, 6))) and then load the weights.
# %%
import numpy as np
import tensorflow as tf
import keras

class TrafficForecaster(keras.Model):
    def __init__(self, hidden=16):
        super().__init__()
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.head = keras.layers.Dense(1)

    def call(self, x):
        return self.head(self.hidden(x))
# %%
rng = np.random.default_rng(9)
flows = rng.random((80, 6)).astype("float32")
next_flow = rng.random((80, 1)).astype("float32")
trained = TrafficForecaster()
trained.compile(optimizer="adam", loss="mse")
trained.fit(flows, next_flow, epochs=1, verbose=0)
trained.save_weights("/tmp/traffic_forecaster.weights.h5")
# %%
serving = TrafficForecaster()
serving.load_weights("/tmp/traffic_forecaster.weights.h5")
print(serving.predict(flows[:3], verbose=0))
