# source: https://e-com-net.com/article/1188291707914002432.htm
# family: shape_mismatch
# raises: ValueError
# cause: 1:5, 1:12
# raise: 1:13
# culprit: digit_labels | categorical_crossentropy
# expect: digit_labels holds integer class ids (shape (96,)) while categorical_crossentropy wants one-hot targets shaped like the (batch, 10) output; the ranks differ. Convert with keras.utils.to_categorical(digit_labels, 10) or use sparse_categorical_crossentropy.
# %%
import numpy as np
import keras

digit_images = np.random.rand(96, 64).astype("float32")
digit_labels = np.random.randint(0, 10, size=96).astype("uint8")

net = keras.Sequential([
    keras.Input(shape=(64,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
net.compile(optimizer="adadelta", loss=keras.losses.categorical_crossentropy, metrics=["accuracy"])
net.fit(digit_images, digit_labels, batch_size=32, epochs=1, verbose=0)
