# source: https://github.com/sicara/tf-explain/issues/79
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The images stay uint8, which fails in raw TensorFlow ops, but they enter a Keras model whose float32 Input casts them before Rescaling(1/255) and the convolution. No error and no warning.
# %%
import numpy as np
import keras

thumbnails = np.random.randint(0, 256, size=(32, 16, 16, 3), dtype=np.uint8)
is_cat = np.random.randint(0, 2, size=(32, 1)).astype("float32")
# %%
cat_model = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    keras.layers.Rescaling(1.0 / 255),
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
cat_model.compile(optimizer="adam", loss="binary_crossentropy")
cat_model.fit(thumbnails, is_cat, epochs=1, batch_size=16, verbose=0)
