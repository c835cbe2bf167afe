# source: https://github.com/keras-team/keras/issues/13558
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The reloaded model gives its layers new names ("trunk", "head") that differ from the saved ones, which looks like a checkpoint mismatch, but Keras 3 .weights.h5 files are loaded by layer position and the shapes agree, so every weight is restored. No error and no warning.
# %%
import os
import tempfile
import numpy as np
import keras

weights_file = os.path.join(tempfile.mkdtemp(), "churn.weights.h5")
churn_model = keras.Sequential([keras.Input(shape=(7,)), keras.layers.Dense(10, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
churn_model.save_weights(weights_file)
# %%
reloaded = keras.Sequential([
    keras.Input(shape=(7,)),
    keras.layers.Dense(10, activation="relu", name="trunk"),
    keras.layers.Dense(1, activation="sigmoid", name="head"),
])
reloaded.load_weights(weights_file)
same = np.allclose(reloaded.get_layer("head").get_weights()[0], churn_model.layers[-1].get_weights()[0])
