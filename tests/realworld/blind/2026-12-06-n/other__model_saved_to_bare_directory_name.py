# source: https://github.com/nicknochnack/Tensorflow-in-10-Minutes/pull/4
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: model.save | tfmodel | .keras
# expect: Keras 3 model.save() only writes .keras (or legacy .h5) files, so saving to the bare name "tfmodel" (the old SavedModel directory habit) raises "Invalid filepath extension for saving". Save to "tfmodel.keras", or use model.export("tfmodel") for a SavedModel.
# %%
import numpy as np
import keras

rng = np.random.default_rng(10)
churn = rng.random((120, 7))
churn[:, -1] = (churn[:, -1] > 0.7).astype(int)
X_train = churn[:, :-1].astype("float32")
y_train = churn[:, -1]
# %%
model = keras.Sequential([
    keras.Input((X_train.shape[1],)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(loss="binary_crossentropy", optimizer="sgd", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=2, batch_size=32, verbose=0)
# %%
model.save("tfmodel")
del model
