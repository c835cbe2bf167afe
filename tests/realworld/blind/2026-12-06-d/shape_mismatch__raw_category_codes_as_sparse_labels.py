# source: https://github.com/tensorflow/tensorflow/issues/54233
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:6
# raise: 3:2
# culprit: y_train | n_classes
# expect: The labels are the raw product-category codes (10, 20, ..., 110), not indices 0..10, so sparse_categorical_crossentropy gets label values outside [0, 11) for the 11-unit output ("Received a label value of ... outside the valid range"). Map the codes to contiguous indices (e.g. np.unique(..., return_inverse=True)) before training.
# %%
import numpy as np
import keras

rng = np.random.default_rng(52)
category_codes = np.arange(10, 111, 10)
y_train = rng.choice(category_codes, size=640)
x_train = rng.normal(size=(640, 12)).astype(np.float32)
n_classes = len(np.unique(y_train))
# %%
model = keras.Sequential([keras.Input((12,)), keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(n_classes, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
print("classes:", n_classes)
trainingstart = model.fit(x=x_train, y=y_train, epochs=1, batch_size=64, verbose=0)
