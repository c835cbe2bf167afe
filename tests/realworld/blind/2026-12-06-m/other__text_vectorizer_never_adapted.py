# source: https://github.com/intel-analytics/BigDL/issues/7779
# family: other
# raises: FailedPreconditionError
# cause: 2:2
# raise: 3:1
# culprit: TextVectorization | adapt
# expect: The TextVectorization layer was created without a vocabulary and adapt() was never called, so its lookup table is empty ("Table not initialized") when the first batch of strings goes through it. Call vectorizer.adapt(train_texts) (or pass vocabulary=...) before fitting the model.
# %%
import numpy as np
import tensorflow as tf
import keras

train_texts = np.array(["the app keeps crashing", "love the new design", "refund please",
                        "fast and reliable", "crashes on startup", "best update so far"])
train_labels = np.array([0, 1, 0, 1, 0, 1])
# %%
MAX_TOKENS, SEQ_LEN = 200, 6
vectorizer = keras.layers.TextVectorization(max_tokens=MAX_TOKENS, output_sequence_length=SEQ_LEN)
text_ds = tf.data.Dataset.from_tensor_slices((train_texts, train_labels)).batch(3)
text_ds = text_ds.map(lambda text, label: (vectorizer(text), label))
classifier = keras.Sequential([
    keras.Input(shape=(SEQ_LEN,), dtype="int64"),
    keras.layers.Embedding(MAX_TOKENS, 8),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
classifier.compile(optimizer="adam", loss="binary_crossentropy")
# %%
classifier.fit(text_ds, epochs=1, verbose=0)
