# source: https://github.com/tensorflow/tensorflow/issues/42342
# family: shape_mismatch
# raises: ValueError
# cause: 4:2
# raise: 4:3
# culprit: test_imgs | IMG_SIZE
# expect: the model was built for IMG_SIZE x IMG_SIZE (48 x 48) inputs, so Flatten produces 12*12*16 features for the first Dense; the test images are resized to 64 x 64, which changes the flattened length and the input shape no longer matches; resize the test images to (IMG_SIZE, IMG_SIZE) like the training data
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

IMG_SIZE = 48
NUM_CLASS = 4
rng = np.random.default_rng(1)
# %%
inputs = keras.Input((IMG_SIZE, IMG_SIZE, 3))
x = layers.Conv2D(8, 3, strides=2, padding="same", activation="relu")(inputs)
x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
x = layers.Flatten()(x)
x = layers.Dropout(0.2)(x)
x = layers.Dense(32, activation="relu")(x)
predictions = layers.Dense(NUM_CLASS, activation="softmax")(x)
model = keras.Model(inputs=inputs, outputs=predictions)
model.compile(loss="categorical_crossentropy", optimizer="rmsprop", metrics=["accuracy"])
# %%
train_imgs = rng.random((32, IMG_SIZE, IMG_SIZE, 3)).astype("float32")
train_lbls = keras.utils.to_categorical(rng.integers(0, NUM_CLASS, 32), NUM_CLASS)
model.fit(train_imgs, train_lbls, epochs=1, batch_size=8, verbose=0)
# %%
raw_imgs = rng.random((3, 120, 120, 3)).astype("float32")
test_imgs = tf.image.resize(raw_imgs, (64, 64))
probs = model.predict(test_imgs, verbose=0)
print(probs.argmax(axis=1))
