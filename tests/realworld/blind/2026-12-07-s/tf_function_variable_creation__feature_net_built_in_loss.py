# source: https://github.com/tensorflow/tensorflow/issues/30534
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:2
# raise: 4:1
# culprit: perceptual_loss | feature_net
# expect: perceptual_loss builds a new feature extractor feature_net (new Conv2D variables) on every call; Keras traces the loss inside its tf.function train step, which may only create variables on the first trace, so fit fails. Build the feature extractor once outside the loss (and freeze it), then call it inside the loss
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(32)
# %%
def perceptual_loss(y_true, y_pred):
    feature_net = keras.Sequential([layers.Conv2D(8, 3, padding="same", activation="relu")])
    return tf.reduce_mean(tf.square(feature_net(y_true) - feature_net(y_pred)))
# %%
generator = keras.Sequential([
    keras.Input((16, 16, 3)),
    layers.Conv2D(16, 3, padding="same", activation="relu"),
    layers.Conv2D(3, 3, padding="same", activation="sigmoid"),
])
generator.compile(optimizer="adam", loss=perceptual_loss)
# %%
generator.fit(rng.random((8, 16, 16, 3)), rng.random((8, 16, 16, 3)), epochs=1, verbose=0)
