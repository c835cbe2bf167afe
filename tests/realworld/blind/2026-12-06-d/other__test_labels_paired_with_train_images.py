# source: https://github.com/tensorflow/tensorflow/issues/47105
# family: other
# raises: ValueError
# cause: 1:11
# raise: 3:2
# culprit: y_train | Data cardinality
# expect: The unpacking mixed up the splits: y_train was bound to the 1,000 test labels while x_train has 6,000 images, so fit() reports "Data cardinality is ambiguous" (x sizes 6000, y sizes 1000). Unpack (x_train, y_train), (x_test, y_test) in the right order.
# %%
import numpy as np
import keras

def load_digits_split(seed=0):
    rng = np.random.default_rng(seed)
    train = (rng.random((6000, 28, 28), dtype=np.float32), rng.integers(0, 10, 6000))
    test = (rng.random((1000, 28, 28), dtype=np.float32), rng.integers(0, 10, 1000))
    return train, test

train_split, test_split = load_digits_split()
x_train, y_train = train_split[0], test_split[1]
x_test, y_test = test_split
# %%
net = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                        keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
net.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
print(x_train.shape, y_train.shape)
net.fit(x_train, y_train, epochs=1, batch_size=128, verbose=0)
