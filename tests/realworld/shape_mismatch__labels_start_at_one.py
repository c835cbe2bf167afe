# source: http://pullrequest.ru/14126136/polzovatelskaya-funktsiya-poter-dlya-prognozirovaniya-vyhodnyh-dannyh-interget
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:5, 2:4
# raise: 2:7
# culprit: star_ratings
# expect: star_ratings run from 1 to 5, but a 5-unit softmax with sparse_categorical_crossentropy accepts class ids 0..4, so the label 5 is outside [0, 5). Shift the labels (star_ratings - 1) before training, or give the output layer one more unit.
# %%
import numpy as np
import keras

review_vectors = np.random.rand(80, 12).astype("float32")
star_ratings = np.random.randint(1, 6, size=80)  # 1..5 stars
star_ratings[:8] = 5
# %%
rating_model = keras.Sequential([
    keras.Input(shape=(12,)),
    keras.layers.Dense(24, activation="relu"),
    keras.layers.Dense(5, activation="softmax"),
])
rating_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
rating_model.fit(review_vectors, star_ratings, epochs=1, batch_size=16, verbose=0)
