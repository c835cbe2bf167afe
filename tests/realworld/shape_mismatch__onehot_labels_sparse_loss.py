# source: https://taourl.com/read-3015889.html
# family: shape_mismatch
# raises: ValueError
# cause: 1:6, 2:6
# raise: 3:1
# culprit: fault_targets | sparse_categorical_crossentropy
# expect: fault_targets was one-hot encoded with to_categorical (shape (120, 5)) but the model is compiled with sparse_categorical_crossentropy, which wants integer class ids of shape (batch,); Keras fails when the loss is traced. Either train on fault_codes (the integer ids) or compile with categorical_crossentropy.
# %%
import numpy as np
import keras
rng = np.random.default_rng(7)
readings = rng.normal(size=(120, 6)).astype("float32")
fault_codes = rng.integers(0, 5, size=120)
fault_targets = keras.utils.to_categorical(fault_codes, num_classes=5)
# %%
classifier = keras.Sequential([
    keras.Input(shape=(6,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
history = classifier.fit(readings, fault_targets, epochs=1, batch_size=32, verbose=0)
