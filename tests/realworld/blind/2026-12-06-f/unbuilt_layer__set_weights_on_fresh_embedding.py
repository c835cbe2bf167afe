# source: https://github.com/4AI/langml/issues/16
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: token_embedding | Embedding-Token
# expect: the Embedding layer has not been built (never called on an input), so it has 0 weights and set_weights([matrix]) fails; build it first (token_embedding.build((None,)) or call it once) or pass embeddings_initializer=keras.initializers.Constant(pretrained).
# %%
import numpy as np
import keras

VOCAB, DIM = 120, 16
pretrained = np.random.default_rng(8).normal(size=(VOCAB, DIM)).astype("float32")
# %%
token_embedding = keras.layers.Embedding(VOCAB, DIM, name="Embedding-Token")
position_embedding = keras.layers.Embedding(32, DIM, name="Embedding-Position")
print(token_embedding.name, len(token_embedding.weights))
# %%
token_embedding.set_weights([pretrained])
