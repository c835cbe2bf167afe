# source: https://github.com/keras-team/keras/issues/10135
# family: none
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: to_categorical
# expect: Nothing is wrong: the survey answers are coded 1..5, and they are shifted to 0..4 before to_categorical(num_classes=5), so every index fits and the one-hot matrix matches the 5-unit softmax. No finding should be reported.
# %%
import numpy as np
import keras
rng = np.random.default_rng(80)
answers = rng.integers(1, 6, 120)
responses = rng.random((120, 7)).astype("float32")
N_LEVELS = 5
# %%
targets = keras.utils.to_categorical(answers - 1, num_classes=N_LEVELS)
survey_model = keras.Sequential([keras.Input((7,)), keras.layers.Dense(N_LEVELS, activation="softmax")])
survey_model.compile("adam", "categorical_crossentropy")
# %%
survey_model.fit(responses, targets, batch_size=40, epochs=1, verbose=0)
print(targets.shape)
