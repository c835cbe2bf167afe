# source: https://github.com/jupyter/notebook/issues/4405
# family: shape_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: test_vocab | test_X
# expect: The bag-of-words vocabulary was rebuilt from the test tweets, so test_X has a different number of columns than the training matrix the model was built on (expected axis -1 to have the training vocabulary size). Vectorize the test tweets with the training vocabulary (train_vocab).
# %%
import numpy as np
import keras

rng = np.random.default_rng(81)
words = [f"tok{i}" for i in range(90)]
train_tweets = [" ".join(rng.choice(words[:60], size=8)) for _ in range(200)]
test_tweets = [" ".join(rng.choice(words[20:], size=8)) for _ in range(50)]
sentiment = rng.integers(0, 2, size=200)

def build_vocab(texts):
    return {w: i for i, w in enumerate(sorted({w for t in texts for w in t.split()}))}

def vectorize(texts, vocab):
    mat = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for r, t in enumerate(texts):
        for w in t.split():
            if w in vocab:
                mat[r, vocab[w]] += 1
    return mat
# %%
train_vocab = build_vocab(train_tweets)
X_train = vectorize(train_tweets, train_vocab)
model = keras.Sequential([keras.Input((X_train.shape[1],)), keras.layers.Dense(16, activation="relu"),
                          keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(X_train, sentiment, epochs=1, verbose=0)
# %%
test_vocab = build_vocab(test_tweets)
test_X = vectorize(test_tweets, test_vocab)
pred = model.predict(test_X, verbose=0)
