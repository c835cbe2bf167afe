# source: https://github.com/hiranumn/IntegratedGradients/issues/5
# family: missing_gradient
# raises: ValueError
# cause: 3:3, 3:5
# raise: 3:6
# culprit: review_ids | gradient
# expect: The saliency tape watches review_ids, the integer token ids fed to the Embedding; integer inputs are not differentiable (the tape warns the watched tensor must be floating), so tape.gradient returns None and tf.abs(None) fails. Take the gradient with respect to the embedding output (call the embedding, watch its float output, run the rest of the model on it).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(33)
VOCAB, SEQ = 50, 10
review_tokens = rng.integers(1, VOCAB, size=(16, SEQ))
review_sentiment = rng.integers(0, 2, size=(16,))
# %%
sentiment_model = keras.Sequential([
    keras.Input((SEQ,), dtype="int32"),
    keras.layers.Embedding(VOCAB, 8),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(2, activation="softmax"),
])
sentiment_model.compile("adam", "sparse_categorical_crossentropy")
sentiment_model.fit(review_tokens, review_sentiment, epochs=1, verbose=0)
# %%
review_ids = tf.constant(review_tokens[:2], dtype=tf.int32)
with tf.GradientTape() as tape:
    tape.watch(review_ids)
    positive_prob = sentiment_model(review_ids)[:, 1]
grads = tape.gradient(positive_prob, review_ids)
token_saliency = tf.abs(grads)
print(token_saliency.numpy())
