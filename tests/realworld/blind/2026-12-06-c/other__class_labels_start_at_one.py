# source: https://github.com/rstudio/keras3/issues/465
# family: other
# raises: InvalidArgumentError
# cause: 1:7
# raise: 3:1
# culprit: flower_labels | 3
# expect: The class codes are 1, 2, 3 (as in the original CSV), but a 3-unit softmax with sparse_categorical_crossentropy needs ids in [0, 3), so label 3 is "outside the valid range"; subtract 1 from the labels when loading them.
# %%
import numpy as np
import keras

rng = np.random.RandomState(4)
petal_measurements = rng.rand(150, 4).astype("float32") * 7
# species codes as stored in the file: 1 = setosa, 2 = versicolor, 3 = virginica
flower_labels = np.repeat([1, 2, 3], 50)
NUM_SPECIES = len(np.unique(flower_labels))
# %%
flower_model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(10, activation="relu"),
    keras.layers.Dense(NUM_SPECIES, activation="softmax"),
])
flower_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
flower_model.fit(petal_measurements, flower_labels, epochs=1, batch_size=150, verbose=0)
