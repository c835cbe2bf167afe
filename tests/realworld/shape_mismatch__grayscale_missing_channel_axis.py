# source: https://e-com-net.com/article/1282004287597068288.htm
# family: shape_mismatch
# raises: ValueError
# cause: 1:4
# raise: 2:8
# culprit: garments | conv2d
# expect: garments has shape (64, 28, 28): grayscale images without a channel axis, while Conv2D needs (batch, height, width, channels). Add the axis where the data is prepared: garments[..., np.newaxis] (or reshape to (-1, 28, 28, 1)).
# %%
import numpy as np
import keras

garments = np.random.randint(0, 256, size=(64, 28, 28)).astype("float32") / 255.0
garment_ids = np.random.randint(0, 10, size=64)
# %%
cnn = keras.Sequential([
    keras.layers.Conv2D(6, kernel_size=5, activation="sigmoid"),
    keras.layers.MaxPooling2D(pool_size=2),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation="softmax"),
])
cnn.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["sparse_categorical_accuracy"])
cnn.fit(garments, garment_ids, batch_size=32, epochs=1, verbose=0)
