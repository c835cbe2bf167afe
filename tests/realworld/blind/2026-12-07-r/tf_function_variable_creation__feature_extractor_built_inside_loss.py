# source: https://github.com/keras-team/keras/issues/8424
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:2
# raise: 4:1
# culprit: feature_loss | feature_net
# expect: feature_loss builds feature_net (a new convolutional feature extractor standing in for VGG16) every time it is called; Keras runs the loss inside the traced train step, so each trace creates new variables and fit fails with "tf.function only supports singleton tf.Variables created on the first call". Build the (frozen) feature extractor once outside the loss and only call it inside.
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
def feature_loss(y_true, y_pred):
    feature_net = keras.Sequential([keras.layers.Conv2D(8, 3, activation="relu"),
                                    keras.layers.Conv2D(8, 3, activation="relu")])
    feature_net.trainable = False
    return tf.reduce_mean(tf.square(feature_net(y_pred) - feature_net(y_true)))
# %%
rng = np.random.default_rng(20)
low_light = rng.random((16, 24, 24, 3)).astype("float32")
reference = rng.random((16, 24, 24, 3)).astype("float32")
enhancer = keras.Sequential([keras.Input(shape=(24, 24, 3)),
                             keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
                             keras.layers.Conv2D(3, 3, padding="same", activation="sigmoid")])
enhancer.compile(optimizer="adam", loss=feature_loss)
# %%
enhancer.fit(low_light, reference, epochs=1, batch_size=8, verbose=0)
