# source: https://github.com/keras-team/keras/issues/12910
# family: shape_mismatch
# raises: ValueError
# cause: 1:3, 3:5
# raise: 4:1
# culprit: NUM_CLASSES | 10 | 6
# expect: The labels are one-hot encoded into 6 columns (there are 6 classes), but the output layer is Dense(NUM_CLASSES) with NUM_CLASSES = 10 left over from the MNIST template, so categorical_crossentropy gets targets (batch, 6) against predictions (batch, 10). Set NUM_CLASSES to 6 (e.g. train_y.shape[1]).
# %%
import numpy as np
import keras
NUM_CLASSES = 10   # from the MNIST starter notebook
IMG = 16
rng = np.random.default_rng(10)
train_x = rng.random((60, IMG, IMG, 3), dtype=np.float32)
raw_labels = rng.integers(0, 6, 60)
# %%
train_y = keras.utils.to_categorical(raw_labels)
print(train_y.shape)
# %%
model = keras.Sequential([
    keras.Input((IMG, IMG, 3)),
    keras.layers.Flatten(),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(NUM_CLASSES, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
# %%
model.fit(train_x, train_y, epochs=1, batch_size=20, verbose=0)
