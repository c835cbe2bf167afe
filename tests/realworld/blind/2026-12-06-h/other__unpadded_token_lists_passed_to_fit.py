# source: https://github.com/maciej-cecot/brand-detection/issues/2
# family: other
# raises: ValueError
# cause: 2:4
# raise: 4:1
# culprit: train_x | pad_sequences
# expect: train_x is a Python list of token-id lists with different lengths (one per product title), which Keras cannot turn into one rectangular input array, so fit rejects it ("Unrecognized data type") before training. Pad/truncate the sequences to a fixed length first (keras.utils.pad_sequences(train_x, maxlen=MAX_LEN)) or feed a ragged tf.data pipeline with padded_batch.
# %%
import numpy as np
import keras

titles = ["nike air max running shoe", "apple iphone case", "samsung galaxy s9 screen protector glass",
          "adidas originals hoodie", "sony headphones", "lego city police station building set"] * 8
brands = np.array([0, 1, 2, 0, 3, 4] * 8)
MAX_LEN = 8
# %%
vocab = {w: i + 1 for i, w in enumerate(sorted({w for t in titles for w in t.split()}))}
def encode(title):
    return [vocab[w] for w in title.split()]
train_x = [encode(t) for t in titles]
train_y = brands
# %%
model = keras.Sequential([
    keras.layers.Embedding(len(vocab) + 1, 16),
    keras.layers.LSTM(16),
    keras.layers.Dense(5, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
model.fit(train_x, train_y, epochs=1, batch_size=16, verbose=0)
