# source: https://github.com/fchollet/deep-learning-with-python-notebooks/issues/216
# family: shape_mismatch
# raises: ValueError
# cause: 2:8
# raise: 3:1
# culprit: binary_crossentropy | 5
# expect: The model ends in Dense(5) for five classes but is compiled with binary_crossentropy against integer class labels of shape (batch, 1), so Keras rejects target (None, 1) vs output (None, 5). Use sparse_categorical_crossentropy (with softmax) for integer labels.
# %%
import numpy as np
import keras
rng = np.random.default_rng(21)
num_classes = 5
flowers = rng.random((64, 24, 24, 3)).astype("float32")
flower_labels = rng.integers(0, num_classes, size=(64, 1))
# %%
model = keras.Sequential([
    keras.Input((24, 24, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(num_classes, activation="softmax"),
])
model.compile(optimizer="adam",
              loss="binary_crossentropy",
              metrics=["accuracy"])
# %%
history = model.fit(flowers, flower_labels, batch_size=32, epochs=1, verbose=0)
