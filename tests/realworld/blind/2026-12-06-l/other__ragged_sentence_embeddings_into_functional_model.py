# source: https://github.com/keras-team/keras/issues/16719
# family: other
# raises: ValueError
# cause: 3:2, 1:8
# raise: 3:2
# culprit: RaggedTensor | doc_sentences
# expect: The documents are held as a tf.RaggedTensor (a variable number of sentence vectors per document), but the Keras 3 functional model and its Dense layer only accept dense tensors, so calling the model on the ragged batch fails. Convert with doc_sentences.to_tensor() and keep a mask (or pad with keras.utils.pad_sequences) before calling the model.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(50)
sentence_counts = [3, 2, 1, 4]
sentence_vectors = [rng.normal(size=(n, 3)).astype(np.float32) for n in sentence_counts]
doc_sentences = tf.ragged.constant([v.tolist() for v in sentence_vectors], ragged_rank=1)
print(doc_sentences.shape)
# %%
sent_in = keras.Input(shape=(None, 3), name="sentences")
scored = keras.layers.Dense(4, activation="relu")(sent_in)
doc_vec = keras.layers.GlobalAveragePooling1D()(scored)
doc_model = keras.Model(sent_in, keras.layers.Dense(1)(doc_vec))
# %%
first_feature = doc_sentences[:, :, 0]
doc_scores = doc_model(doc_sentences)
print(first_feature, doc_scores)
