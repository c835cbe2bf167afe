# source: https://github.com/tensorflow/tensorflow/issues/47428
# family: shape_mismatch
# raises: ValueError
# cause: 3:2
# raise: 4:1
# culprit: tax | normalization
# expect: The Normalization layer was adapted on all 5 columns, but prepare_listing drops the "tax" column for new listings, so predict sends 4 features into a model whose normalizer (and Input) expect 5 ("Dimensions must be equal, but are 4 and 5"). Prepare inference data with the same columns as training.
# %%
import numpy as np
import keras
rng = np.random.default_rng(9)
COLUMNS = ["rooms", "area", "age", "distance", "tax"]
train_table = rng.normal(size=(60, len(COLUMNS))).astype("float32")
train_price = rng.normal(size=(60, 1)).astype("float32")
# %%
normalizer = keras.layers.Normalization()
normalizer.adapt(train_table)
regressor = keras.Sequential([keras.Input((len(COLUMNS),)), normalizer, keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
regressor.compile(optimizer="adam", loss="mse")
regressor.fit(train_table, train_price, epochs=1, verbose=0)
# %%
def prepare_listing(table, columns):
    keep = [i for i, c in enumerate(columns) if c != "tax"]
    return table[:, keep]
new_listings = prepare_listing(rng.normal(size=(3, len(COLUMNS))).astype("float32"), COLUMNS)
# %%
prices = regressor.predict(new_listings, verbose=0)
