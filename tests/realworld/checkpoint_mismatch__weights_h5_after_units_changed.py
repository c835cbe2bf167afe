# source: https://github.com/titu1994/Wide-Residual-Networks/issues/17
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:4
# raise: 2:6
# culprit: dense | Dense
# expect: The weights file was saved from a model whose last Dense had 4 units; the redefined model has Dense(5) there, so its (16, 5) kernel cannot take the saved (16, 4) values ("A total of 1 objects could not be loaded"). Load into the same architecture, or load the old weights first and then replace the head.
# %%
import os
import tempfile
import keras

weights_file = os.path.join(tempfile.mkdtemp(), "genre_model.weights.h5")

old_model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4, activation="softmax")])
old_model.save_weights(weights_file)
# %%
genre_model = keras.Sequential([
    keras.Input(shape=(10,)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
genre_model.load_weights(weights_file)
