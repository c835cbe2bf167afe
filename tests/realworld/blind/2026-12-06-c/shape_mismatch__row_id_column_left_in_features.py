# source: https://github.com/xuanjihe/speech-emotion-recognition/pull/27
# family: shape_mismatch
# raises: ValueError
# cause: 1:12
# raise: 3:2
# culprit: FEATURE_COLS | row_id
# expect: FEATURE_COLS still includes the row_id column, so the feature matrix has 5 columns while the network was built for N_FEATURES = 4 inputs ("expected axis -1 ... value 4"); drop row_id from the feature list.
# %%
import numpy as np
import keras

rng = np.random.RandomState(8)
table = {
    "row_id": np.arange(200, dtype="float32"),
    "age": rng.randint(18, 80, 200).astype("float32"),
    "income": rng.rand(200).astype("float32") * 1e5,
    "tenure": rng.rand(200).astype("float32") * 10,
    "visits": rng.poisson(3, 200).astype("float32"),
}
FEATURE_COLS = ["row_id", "age", "income", "tenure", "visits"]
churned = (rng.rand(200) > 0.7).astype("float32")
X = np.stack([table[c] for c in FEATURE_COLS], axis=1)
X = (X - X.mean(axis=0)) / (X.std(axis=0) + 1e-6)
# %%
N_FEATURES = 4
churn_model = keras.Sequential([
    keras.Input(shape=(N_FEATURES,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
churn_model.compile("adam", "binary_crossentropy")
# %%
print(X.shape)
churn_model.fit(X, churned, epochs=1, batch_size=50, verbose=0)
