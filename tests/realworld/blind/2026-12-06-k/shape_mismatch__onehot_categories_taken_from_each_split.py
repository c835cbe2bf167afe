# source: https://github.com/ageron/handson-ml/issues/325
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 4:2
# culprit: np.unique | categories | some_data_prepared
# expect: prepare() derives the one-hot categories from whatever split it is given (np.unique(cats)); the full training set has all 5 ocean_proximity values (3 + 5 = 8 columns) but the 5-row sample only has 3 of them, so its matrix has 6 columns and predict fails ("expected axis -1 of input shape to have value 8, but received input with shape (5, 6)"). Fit the category list once on the training data and reuse it for every split.
# %%
import numpy as np
import keras
from keras import layers

OCEAN = np.array(["<1H OCEAN", "INLAND", "ISLAND", "NEAR BAY", "NEAR OCEAN"])
rng = np.random.default_rng(42)
train_num = rng.normal(size=(200, 3)).astype("float32")
train_cat = OCEAN[rng.integers(0, 5, size=200)]
train_cat[:5] = OCEAN
train_price = rng.normal(size=(200, 1)).astype("float32")
some_num = train_num[10:15]
some_cat = np.array(["INLAND", "NEAR BAY", "INLAND", "<1H OCEAN", "NEAR BAY"])
# %%
def prepare(num, cats):
    scaled = (num - num.mean(axis=0)) / (num.std(axis=0) + 1e-6)
    categories = np.unique(cats)
    onehot = (cats[:, None] == categories[None, :]).astype("float32")
    return np.hstack([scaled, onehot])

housing_prepared = prepare(train_num, train_cat)
print(housing_prepared.shape)
# %%
regressor = keras.Sequential([keras.Input((housing_prepared.shape[1],)),
                              layers.Dense(16, activation="relu"),
                              layers.Dense(1)])
regressor.compile(optimizer="adam", loss="mse")
regressor.fit(housing_prepared, train_price, epochs=2, batch_size=32, verbose=0)
# %%
some_data_prepared = prepare(some_num, some_cat)
print("Predictions:", regressor.predict(some_data_prepared, verbose=0).ravel())
