# source: https://github.com/NLeSC/mcfly/issues/188
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:5
# culprit: num_classes | 6024
# expect: num_classes was read from y_train_onehot.shape[0] (the number of samples, 6024) instead of shape[1] (2 classes), so the output layer has 6024 units while the one-hot targets have 2 columns. Use y_train_onehot.shape[1].
# %%
import numpy as np
import keras

rng = np.random.default_rng(3)
x_train = rng.normal(size=(6024, 24, 3)).astype(np.float32)
y_train = rng.integers(0, 2, size=6024)
y_train_onehot = keras.utils.to_categorical(y_train, num_classes=2)
print(y_train_onehot.shape)
# %%
num_classes = y_train_onehot.shape[0]
window, channels = x_train.shape[1:]
# %%
model = keras.Sequential([keras.Input((window, channels)), keras.layers.Conv1D(16, 3, activation="relu"),
                          keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(num_classes, activation="softmax")])
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
subset = slice(0, 512)
model.fit(x_train[subset], y_train_onehot[subset], epochs=1, batch_size=64, verbose=0)
