# source: https://github.com/keras-team/keras/issues/3109
# family: shape_mismatch
# raises: ValueError
# cause: 2:8, 2:10
# raise: 3:1
# culprit: categorical_crossentropy | (None, 2) | n_outputs
# expect: The labels come from a binary flow (one 0/1 value per image, shape (None, 1)) but the model ends in Dense(2, softmax) trained with categorical_crossentropy, which needs one-hot targets of shape (None, 2): "target.shape=(None, 1), output.shape=(None, 2)". For a binary problem use Dense(1, activation="sigmoid") with binary_crossentropy (or one-hot the labels).
# %%
import numpy as np
import keras
from keras import layers

IMG = 24
rng = np.random.default_rng(4)
# images read from the "negative/" and "positive/" folders; label = folder index
images = rng.random((40, IMG, IMG, 3)).astype("float32")
labels = rng.integers(0, 2, size=(40, 1)).astype("float32")
print(images.shape, labels.shape)
# %%
def build_classifier(n_outputs=2):
    model = keras.Sequential([
        keras.Input((IMG, IMG, 3)),
        layers.Conv2D(8, 3, activation="relu"),
        layers.MaxPooling2D(),
        layers.Flatten(),
        layers.Dense(32, activation="relu"),
        layers.Dense(n_outputs, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model

clf = build_classifier()
# %%
history = clf.fit(images, labels, epochs=1, batch_size=8, verbose=0)
