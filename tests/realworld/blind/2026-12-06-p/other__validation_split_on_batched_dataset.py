# source: https://github.com/tensorflow/tensorflow/issues/50937
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: validation_split | train_ds
# expect: validation_split only works on in-memory arrays/tensors; train_ds is a batched tf.data pipeline, so fit rejects it. Split the data before building the datasets (e.g. take/skip) and pass validation_data instead.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(11)
reviews_bow = rng.random((40, 20)).astype("float32")
sentiment = rng.integers(0, 2, size=(40, 1)).astype("float32")
# %%
train_ds = (tf.data.Dataset.from_tensor_slices((reviews_bow, sentiment))
            .shuffle(40, seed=0)
            .batch(8))
scorer = keras.Sequential([keras.Input((20,)), keras.layers.Dense(8, activation="relu"),
                           keras.layers.Dense(1, activation="sigmoid")])
scorer.compile("adam", "binary_crossentropy", metrics=["accuracy"])
# %%
scorer.fit(train_ds, validation_split=0.2, epochs=2, verbose=0)
