# source: https://github.com/keras-team/keras/issues/20479
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: an adapted TextVectorization layer as the first layer of a Sequential model fed an object-dtype NumPy array of strings trains fine on this Keras (the old "Invalid dtype: object" failure is fixed); nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras
VOCAB_SIZE, SEQUENCE_LENGTH, EMBEDDING_DIM = 10, 16, 16
train_samples = np.array(["this is an example", "another example", "one more example here"], dtype=object)
train_labels = np.array([0.4, 0.2, 0.9])
# %%
vectorizer_layer = keras.layers.TextVectorization(max_tokens=VOCAB_SIZE, output_mode="int", output_sequence_length=SEQUENCE_LENGTH)
vectorizer_layer.adapt(train_samples)
text_model = keras.Sequential([
    vectorizer_layer,
    keras.layers.Embedding(VOCAB_SIZE, EMBEDDING_DIM, mask_zero=True),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="tanh"),
])
text_model.compile(optimizer="adam", loss="mse", metrics=["mae"])
# %%
history = text_model.fit(train_samples, train_labels, epochs=2, verbose=0)
print(history.history["loss"])
