# source: https://github.com/keras-team/keras/issues/7749
# family: shape_mismatch
# raises: ValueError
# cause: 1:10, 2:7
# raise: 3:1
# culprit: sparse_categorical_crossentropy | y_onehot
# expect: The targets were one-hot encoded with to_categorical, but the model is compiled with sparse_categorical_crossentropy, which expects one integer class id per sample; the (batch, 4) targets do not fit. Use categorical_crossentropy with the one-hot targets, or keep the integer labels for the sparse loss.
# %%
import numpy as np
import keras

rng = np.random.default_rng(17)
rare_counts = {0: 80, 1: 12, 2: 5, 3: 3}
y_int = np.concatenate([np.full(n, k) for k, n in rare_counts.items()])
x = rng.normal(size=(len(y_int), 6)).astype("float32")
perm = rng.permutation(len(y_int))
x, y_int = x[perm], y_int[perm]
y_onehot = keras.utils.to_categorical(y_int, num_classes=4)
# %%
model = keras.Sequential([
    keras.Input((6,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(4, activation="softmax"),
])
# switching away from categorical_crossentropy to handle the rare classes
model.compile(loss="sparse_categorical_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
# %%
model.fit(x, y_onehot, epochs=1, batch_size=16, verbose=0)
