# source: https://github.com/keras-team/keras/issues/7339
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Integer class ids in [0, 6) with a 6-unit linear output and SparseCategoricalCrossentropy(from_logits=True) is a consistent combination; nothing is wrong even though there is no softmax layer.
# %%
import numpy as np
import keras

rng = np.random.RandomState(37)
audio_feats = rng.rand(90, 16).astype("float32")
genre_ids = rng.randint(0, 6, size=90).astype("int32")
# %%
genre_model = keras.Sequential([
    keras.Input(shape=(16,)),
    keras.layers.Dense(24, activation="relu"),
    keras.layers.Dense(6),
])
genre_model.compile(optimizer=keras.optimizers.Adam(1e-3),
                    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                    metrics=["sparse_categorical_accuracy"])
# %%
hist = genre_model.fit(audio_feats, genre_ids, epochs=2, batch_size=30, verbose=0)
print(hist.history["loss"])
