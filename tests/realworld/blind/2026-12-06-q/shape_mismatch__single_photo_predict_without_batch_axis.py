# source: https://github.com/keras-team/keras/issues/10955
# family: shape_mismatch
# raises: ValueError
# cause: 3:3, 4:1
# raise: 4:1
# culprit: photo
# expect: The photo is decoded and resized to (64, 64, 3) but never given a batch axis, so predict slices its first axis as the batch and feeds (32, 64, 3) to a model expecting (None, 64, 64, 3). Add the batch dimension (tf.expand_dims(photo, 0) or photo[None]) before predict.
# %%
import numpy as np
import tensorflow as tf
import keras
IMG_SIZE = 64
rng = np.random.default_rng(4)
train_imgs = rng.random((12, IMG_SIZE, IMG_SIZE, 3)).astype("float32")
train_y = rng.integers(0, 2, size=12)
# %%
classifier = keras.Sequential([
    keras.Input((IMG_SIZE, IMG_SIZE, 3)),
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
classifier.compile(optimizer="adam", loss="binary_crossentropy")
classifier.fit(train_imgs, train_y, epochs=1, verbose=0)
# %%
png_bytes = tf.io.encode_png(tf.cast(rng.random((80, 100, 3)) * 255, tf.uint8))
photo = tf.io.decode_png(png_bytes, channels=3)
photo = tf.image.resize(photo, (IMG_SIZE, IMG_SIZE)) / 255.0
# %%
score = classifier.predict(photo.numpy(), verbose=0)
