# source: https://github.com/tensorflow/tensorflow/issues/28259
# family: shape_mismatch
# raises: ValueError
# cause: 2:9, 2:7
# raise: 3:1
# culprit: Precision | precision
# expect: keras.metrics.Precision is a binary metric: it compares y_true and y_pred elementwise, but here y_true holds integer class ids of shape (batch,) while y_pred is a (batch, 10) softmax, so the shapes cannot be combined. Use one-hot labels with categorical_crossentropy, or drop Precision (or compute it per class with class_id and one-hot targets).
# %%
import numpy as np
import keras

rng = np.random.default_rng(28)
x_train = rng.random((128, 28, 28)).astype("float32")
y_train = rng.integers(0, 10, size=128)
# %%
model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    keras.layers.Flatten(),
    keras.layers.Dense(64, activation="elu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam",
              loss="sparse_categorical_crossentropy",
              metrics=[keras.metrics.Precision()])
# %%
model.fit(x_train, y_train, epochs=1, batch_size=32, verbose=0)
