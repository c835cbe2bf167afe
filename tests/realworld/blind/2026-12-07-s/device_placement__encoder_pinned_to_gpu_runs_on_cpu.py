# source: https://github.com/tensorflow/tensorflow/issues/15208
# family: device_placement
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: GPU:0 | encoder
# expect: the encoder is built and run under tf.device("/GPU:0"), but this machine has no GPU; with soft device placement TensorFlow silently puts the variables and ops on the CPU, so the intended GPU placement did not happen (the cell succeeds). Check tf.config.list_physical_devices("GPU") and pin to an existing device, or make the fallback explicit
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(36)
utterances = rng.normal(size=(16, 40)).astype("float32")
# %%
def make_encoder():
    return keras.Sequential([
        keras.Input((40,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(16),
    ])
# %%
with tf.device("/GPU:0"):
    encoder = make_encoder()
    embeddings = encoder(utterances)
print(embeddings.device)
