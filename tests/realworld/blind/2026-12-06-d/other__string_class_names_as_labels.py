# source: https://github.com/AarohiSingla/VGG-16/issues/1
# family: other
# raises: ValueError
# cause: 1:9, 1:10
# raise: 3:2
# culprit: train_y | labels
# expect: train_y holds the class names as strings ("cat", "dog", "fox"), which Keras cannot turn into a float/int target ("Invalid dtype: str..."). Map the names to integer ids (e.g. via a dict or StringLookup) before calling fit.
# %%
import numpy as np
import keras

rng = np.random.default_rng(13)
class_names = ["cat", "dog", "fox"]
images, labels = [], []
for i in range(60):
    images.append(rng.random((16, 16, 3), dtype=np.float32))
    labels.append(class_names[i % 3])
train_x, train_y = np.stack(images), np.array(labels)
# %%
model = keras.Sequential([
    keras.Input((16, 16, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalMaxPooling2D(),
    keras.layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
print(train_x.shape, train_y[:5])
model.fit(train_x, train_y, epochs=1, batch_size=32, verbose=0)
