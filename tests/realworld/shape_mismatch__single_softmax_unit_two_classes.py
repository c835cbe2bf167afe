# source: https://stackoverflow.com/questions/44151760/received-a-label-value-of-1-which-is-outside-the-valid-range-of-0-1-python
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:11, 1:13
# raise: 1:14
# culprit: Dense | dense
# expect: The output layer Dense(1, activation="softmax") has one unit, so sparse_categorical_crossentropy only accepts the label 0; is_anomaly contains 1, outside [0, 1). For two classes use Dense(2, activation="softmax") with the sparse loss, or Dense(1, activation="sigmoid") with binary_crossentropy.
# %%
import numpy as np
import keras

signal_windows = np.random.rand(64, 16, 1).astype("float32")
is_anomaly = np.random.randint(0, 2, size=64)

detector = keras.Sequential([
    keras.Input(shape=(16, 1)),
    keras.layers.Conv1D(8, 3, activation="relu"),
    keras.layers.Flatten(),
    keras.layers.Dense(1, activation="softmax"),
])
detector.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
detector.fit(signal_windows, is_anomaly, batch_size=8, epochs=1, verbose=0)
