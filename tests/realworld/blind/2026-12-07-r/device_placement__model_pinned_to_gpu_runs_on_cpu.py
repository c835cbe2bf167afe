# source: https://github.com/tensorflow/tensorflow/issues/45950
# family: device_placement
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: /GPU:0 | speech_net
# expect: The model and its training are wrapped in tf.device("/GPU:0"), but this machine has no GPU; eager soft placement silently puts every variable and op on the CPU, so training "works" while nothing runs where the author asked. Warn that the requested GPU does not exist and the weights live on /device:CPU:0; check tf.config.list_physical_devices("GPU") (drivers/CUDA install) or drop the pin.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
# %%
with tf.device("/GPU:0"):
    speech_net = keras.Sequential([keras.Input(shape=(40,)),
                                   keras.layers.Dense(64, activation="relu"),
                                   keras.layers.Dense(12, activation="softmax")])
    speech_net.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
rng = np.random.default_rng(25)
mfcc = rng.normal(size=(96, 40)).astype("float32")
words = rng.integers(0, 12, size=96)
with tf.device("/GPU:0"):
    speech_net.fit(mfcc, words, epochs=2, batch_size=32, verbose=0)
print(speech_net.weights[0].value.device)
