# source: https://github.com/keras-team/keras/issues/7303
# family: shape_mismatch
# raises: ValueError
# cause: 1:7, 2:8
# raise: 3:1
# culprit: sparse_categorical_crossentropy | to_categorical
# expect: The labels were one-hot encoded with to_categorical (shape (N, 4)) but the model is compiled with sparse_categorical_crossentropy, which wants integer class ids of shape (N,); either keep the integer labels or switch the loss to categorical_crossentropy.
# %%
import numpy as np
import keras

rng = np.random.RandomState(0)
leaf_features = rng.rand(120, 10).astype("float32")
species_ids = rng.randint(0, 4, size=120)
species_onehot = keras.utils.to_categorical(species_ids, num_classes=4)
print(leaf_features.shape, species_onehot.shape)
# %%
def make_classifier(n_classes=4):
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(n_classes, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model

leaf_model = make_classifier()
# %%
history = leaf_model.fit(leaf_features, species_onehot, epochs=1, batch_size=32, verbose=0)
print(history.history["loss"])
