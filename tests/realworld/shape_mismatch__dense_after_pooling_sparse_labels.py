# source: https://www.e-learn.cn/topic/1369359
# family: shape_mismatch
# raises: ValueError
# cause: 1:8, 1:7
# raise: 2:3
# culprit: dense | Dense
# expect: The classifier's Dense(4) follows MaxPooling2D with no Flatten, so it outputs a 4-D map (None, 7, 7, 4) while the labels are one class id per tile; sparse_categorical_crossentropy needs output rank = label rank + 1. Insert keras.layers.Flatten() (or GlobalAveragePooling2D) before the Dense.
# %%
import numpy as np
import keras

tile_classifier = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Dense(4, activation="softmax"),
])
tile_classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
tiles = np.random.rand(24, 16, 16, 3).astype("float32")
tile_labels = np.random.randint(0, 4, size=24)
tile_classifier.fit(tiles, tile_labels, epochs=1, batch_size=8, verbose=0)
