# family: shape_mismatch
# raises: ValueError
# culprit: return_sequences
import numpy as np
import keras
tagger = keras.Sequential([
    keras.Input(shape=(5, 3)),
    keras.layers.GRU(6, return_sequences=True),  # <- cause
    keras.layers.Dropout(0.1),
    keras.layers.Dense(4, activation="softmax"),
])
tagger.compile(optimizer="adam", loss="categorical_crossentropy")
targets = keras.utils.to_categorical(np.array([0, 1, 2, 3, 1, 0, 2, 3]), 4)
tagger.fit(np.zeros((8, 5, 3), "float32"), targets, epochs=1, verbose=0)  # <- raises
