# source: https://github.com/keras-team/keras/issues/10053
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: A single 48x40 grayscale frame goes into a model built for (32, 32, 1) batches, which looks like a rank/size mismatch, but the frame gets its channel axis, is resized to 32x32 and receives a batch axis with tf.newaxis before predict; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
import keras
IMG = 32
rng = np.random.default_rng(3)
# %%
model = keras.Sequential([keras.Input((IMG, IMG, 1)), keras.layers.Conv2D(2, 3), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(3, activation="softmax")])
# %%
frame = rng.random((48, 40)).astype("float32")
frame = tf.image.resize(frame[..., np.newaxis], (IMG, IMG))
probs = model.predict(frame[tf.newaxis, ...], verbose=0)
print(probs.shape)
