# source: https://github.com/google-parfait/tensorflow-federated/issues/303
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: Flatten | (28, 10)
# expect: Without a Flatten layer, Dense(10) is applied to each of the 28 rows of a (28, 28) image, so the model outputs (None, 28, 10) while the sparse labels are one class id per image; sparse_categorical_crossentropy refuses the rank mismatch. Add keras.layers.Flatten() before the Dense layer (or reshape the inputs to 784 features).
# %%
import numpy as np
import keras

rng = np.random.default_rng(33)
client_images = rng.random((64, 28, 28)).astype("float32")
client_labels = rng.integers(0, 10, size=64)
# %%
model = keras.Sequential([
    keras.Input((28, 28)),
    keras.layers.Dense(10, activation="softmax", kernel_initializer="zeros"),
])
model.compile(optimizer=keras.optimizers.SGD(0.02), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
model.fit(client_images, client_labels, batch_size=16, epochs=1, verbose=0)
