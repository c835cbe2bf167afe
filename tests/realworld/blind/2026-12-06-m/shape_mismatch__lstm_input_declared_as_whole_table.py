# source: https://github.com/keras-team/tf-keras/issues/525
# family: shape_mismatch
# raises: ValueError
# cause: 2:2, 1:5
# raise: 3:1
# culprit: input_shape | LSTM
# expect: The LSTM input is declared as (700, 57), i.e. the whole table as one sequence, but x_train is a flat (700, 57) matrix of independent rows, so each fitted batch is (batch, 57) instead of (batch, timesteps, features). Reshape the data into windows of shape (samples, timesteps, 57) and declare Input(shape=(timesteps, 57)).
# %%
import numpy as np
import keras

rng = np.random.default_rng(57)
x_train = rng.normal(size=(700, 57)).astype("float32")
y_train = rng.integers(0, 10, size=700)
print(x_train.shape, y_train.shape)
# %%
model = keras.Sequential()
model.add(keras.Input(shape=(700, 57)))
model.add(keras.layers.LSTM(64, return_sequences=True))
model.add(keras.layers.LSTM(64))
model.add(keras.layers.Dense(64, activation="relu"))
model.add(keras.layers.Dense(10, activation="softmax"))
model.compile(optimizer=keras.optimizers.Adam(0.001), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
history = model.fit(x_train, y_train, batch_size=32, epochs=1, verbose=0)
