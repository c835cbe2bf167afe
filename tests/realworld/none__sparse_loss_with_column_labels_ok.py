# source: http://www.readke.com/c/01034051B2022.html
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The labels are integer class ids stored as a column of shape (N, 1), which looks like a mismatch with the (batch, 5) softmax output, but sparse_categorical_crossentropy accepts labels of shape (batch,) or (batch, 1) and squeezes the trailing axis. No error and no warning.
# %%
import numpy as np
import keras

symptom_scores = np.random.rand(60, 9).astype("float32")
diagnosis_ids = np.random.randint(0, 5, size=(60, 1))
# %%
triage = keras.Sequential([
    keras.Input(shape=(9,)),
    keras.layers.Dense(12, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
triage.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
triage.fit(symptom_scores, diagnosis_ids, epochs=1, batch_size=20, verbose=0)
