# source: https://github.com/kutoga/going_deeper/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 2:9, 2:8
# raise: 3:1
# culprit: categorical_crossentropy | speaker_ids
# expect: categorical_crossentropy expects one-hot targets of shape (batch, 8), but speaker_ids are integer class indices of shape (batch,). Use loss="sparse_categorical_crossentropy", or one-hot the labels with keras.utils.to_categorical.
# %%
import numpy as np
import keras

rng = np.random.default_rng(42)
embeddings = rng.normal(size=(256, 40)).astype("float32")
speaker_ids = rng.integers(0, 8, size=256)
print(embeddings.shape, speaker_ids.shape, speaker_ids[:5])
# %%
params = {"hidden": 64, "n_speakers": 8, "lr": 1e-3}
model = keras.Sequential([
    keras.Input(shape=(40,)),
    keras.layers.Dense(params["hidden"], activation="relu"),
    keras.layers.Dropout(0.2),
    keras.layers.Dense(params["n_speakers"], activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam(params["lr"]),
              loss="categorical_crossentropy",
              metrics=["accuracy"])
# %%
history = model.fit(embeddings, speaker_ids, batch_size=64, epochs=1, verbose=0)
