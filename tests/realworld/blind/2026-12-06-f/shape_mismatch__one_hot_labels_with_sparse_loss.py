# source: https://github.com/tensorflow/tensorflow/issues/32333
# family: shape_mismatch
# raises: ValueError
# cause: 1:8, 2:6
# raise: 3:1
# culprit: SparseCategoricalCrossentropy | y_onehot
# expect: the labels were one-hot encoded (shape (n, 3)) but the loss is SparseCategoricalCrossentropy, which wants integer class ids; either keep the integer labels or switch to CategoricalCrossentropy.
# %%
import numpy as np
import tensorflow as tf
import keras

INPUT_SHAPE, NUM_LABELS = (3, 5), 3
rng = np.random.default_rng(2)
x_all = rng.random((21,) + INPUT_SHAPE).astype("float32")
y_onehot = tf.one_hot(rng.integers(0, NUM_LABELS, 21), NUM_LABELS).numpy()
# %%
clf = keras.Sequential([
    keras.Input(shape=INPUT_SHAPE),
    keras.layers.Flatten(),
    keras.layers.Dense(NUM_LABELS, activation="softmax"),
])
clf.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
# %%
clf.fit(x_all, y_onehot, batch_size=7, epochs=1, verbose=0)
