# source: https://github.com/keras-team/keras/issues/853
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1, 3:2
# raise: 3:2
# culprit: set_weights | embedding
# expect: The Sequential model has no Input, so nothing is built yet and the Embedding layer owns no weights; set_weights([embedding_matrix]) therefore fails ("with a weight list of length 1, but the layer was expecting 0 weights"). Give the model keras.Input((MAX_LEN,)) (or call embedding_layer.build((None,))) before setting the pretrained matrix.
# %%
import numpy as np
import keras
from keras import layers
rng = np.random.default_rng(14)
VOCAB, DIM, MAX_LEN = 200, 16, 12
glove = {i: rng.normal(size=DIM).astype("float32") for i in range(1, VOCAB)}
embedding_matrix = np.zeros((VOCAB, DIM), dtype="float32")
for idx, vec in glove.items():
    embedding_matrix[idx] = vec
# %%
text_model = keras.Sequential([
    layers.Embedding(VOCAB, DIM, trainable=False),
    layers.GlobalAveragePooling1D(),
    layers.Dense(1, activation="sigmoid"),
])
# %%
embedding_layer = text_model.layers[0]
embedding_layer.set_weights([embedding_matrix])
