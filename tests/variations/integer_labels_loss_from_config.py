# family: shape_mismatch
# raises: ValueError
# culprit: categorical_crossentropy
import numpy as np
import keras
config = {
    "units": 16,
    "loss": "categorical_crossentropy",  # <- cause
}
rng = np.random.default_rng(3)
features = rng.normal(size=(48, 6)).astype("float32")
classes = rng.integers(0, 4, size=48)
clf = keras.Sequential([keras.Input((6,)), keras.layers.Dense(config["units"], activation="relu"),
                        keras.layers.Dense(4, activation="softmax")])
clf.compile(optimizer="adam", loss=config["loss"])
clf.fit(features, classes, epochs=1, batch_size=16, verbose=0)  # <- raises
