# source: https://datascience.stackexchange.com/questions/39718/cant-understand-output-shape-of-a-dense-layer-keras
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: clf | Dense
# expect: Dense layers applied to a (12, 12, 3) image act on the last axis only, so the classifier outputs (None, 12, 12, 10) while the one-hot labels are (None, 10); categorical_crossentropy rejects the rank mismatch. Add a Flatten (or global pooling) before the Dense layers.
# %%
import numpy as np
import tensorflow as tf
(patch_count, side) = (96, 12)
patches = np.random.rand(patch_count, side, side, 3).astype("float32")
labels = tf.keras.utils.to_categorical(np.random.randint(0, 10, patch_count), 10)
# %%
clf = tf.keras.Sequential([
    tf.keras.Input(shape=(side, side, 3)),
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(10, activation="softmax"),
])
clf.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
# %%
history = clf.fit(patches, labels, epochs=1, batch_size=32, verbose=0)
