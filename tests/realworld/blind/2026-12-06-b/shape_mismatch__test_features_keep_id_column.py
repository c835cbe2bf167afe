# source: https://github.com/aerdem4/kaggle-quora-dup/issues/2
# family: shape_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: features_test | FEATURE_COLS
# expect: The network was trained on the 6 selected FEATURE_COLS, but features_test is the whole test table (9 columns, including the id and the text-length columns), so the first Dense layer rejects the input (expected last axis 6). Select the same FEATURE_COLS from the test table.
# %%
import numpy as np
import keras
rng = np.random.default_rng(31)
train_table = rng.normal(size=(120, 9)).astype("float32")
test_table = rng.normal(size=(40, 9)).astype("float32")
is_duplicate = (train_table[:, 3] > 0).astype("float32")
FEATURE_COLS = [1, 2, 3, 4, 6, 7]
# %%
features_train = train_table[:, FEATURE_COLS]
dup_model = keras.Sequential([
    keras.Input((len(FEATURE_COLS),)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
dup_model.compile("adam", "binary_crossentropy")
dup_model.fit(features_train, is_duplicate, batch_size=32, epochs=1, verbose=0)
# %%
features_test = test_table
preds = dup_model.predict(features_test, batch_size=32, verbose=0)
