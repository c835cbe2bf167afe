# source: https://github.com/lmoroney/dlaicourse/issues/43
# family: none
# raises: NONE
# cause: 2:5
# raise: NONE
# culprit: padded_batch
# expect: Correct: the encoded reviews have different lengths and are batched with padded_batch, which pads every batch to its longest review, so the Embedding/GlobalAveragePooling1D classifier trains. No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(43)
encoded_reviews = [rng.integers(1, 500, size=int(rng.integers(5, 40))).astype("int64") for _ in range(48)]
sentiment = rng.integers(0, 2, size=48).astype("int64")
# %%
train_data = tf.data.Dataset.from_generator(
    lambda: zip(encoded_reviews, sentiment),
    output_signature=(tf.TensorSpec([None], tf.int64), tf.TensorSpec([], tf.int64)))
BATCH_SIZE = 16
train_data = train_data.shuffle(48, seed=2).padded_batch(BATCH_SIZE)
# %%
model = keras.Sequential([
    keras.layers.Embedding(500, 16),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(6, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
history = model.fit(train_data, epochs=2, verbose=0)
print(history.history["loss"])
