# source: https://github.com/lmoroney/dlaicourse/issues/34
# family: shape_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: x_test
# expect: x_test[5] is one 28x28 image without the batch axis, but the model expects (None, 28, 28); predict on x_test[5:6] or np.expand_dims(x_test[5], 0)
# %%
import numpy as np
import keras

rng = np.random.default_rng(5)
x_train = rng.random((256, 28, 28)).astype("float32")
y_train = rng.integers(0, 10, 256)
x_test = rng.random((20, 28, 28)).astype("float32")
# %%
model = keras.Sequential([
    keras.Input((28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, epochs=1, verbose=0)
# %%
print(model.predict(x_test[5]))
