# source: https://github.com/keras-team/keras-io/pull/894
# family: other
# raises: NotImplementedError
# cause: 2:1, 2:2
# raise: 3:2
# culprit: PositionalEmbedding | get_config
# expect: PositionalEmbedding takes a NumPy position table in __init__ and defines no get_config(), so Keras cannot serialize it when saving; override get_config() (store sequence_length/embed_dim and rebuild the table) or pass only plain arguments.
# %%
import numpy as np
import keras
from keras import layers

SEQ, VOCAB, DIM = 8, 30, 4
def sinusoid_table(n, d):
    pos = np.arange(n)[:, None] / np.power(10000, 2 * (np.arange(d)[None, :] // 2) / d)
    return np.where(np.arange(d) % 2 == 0, np.sin(pos), np.cos(pos)).astype("float32")
# %%
class PositionalEmbedding(layers.Layer):
    def __init__(self, vocab_size, position_table, **kwargs):
        super().__init__(**kwargs)
        self.token_emb = layers.Embedding(vocab_size, position_table.shape[-1])
        self.position_table = position_table

    def call(self, ids):
        return self.token_emb(ids) + self.position_table

inp = keras.Input(shape=(SEQ,), dtype="int32")
out = layers.GlobalAveragePooling1D()(PositionalEmbedding(VOCAB, sinusoid_table(SEQ, DIM))(inp))
translator = keras.Model(inp, layers.Dense(2)(out))
# %%
translator.compile("adam", "mse")
translator.save("/tmp/b6_translator.keras")
