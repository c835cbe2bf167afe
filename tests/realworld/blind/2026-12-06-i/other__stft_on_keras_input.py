# source: https://github.com/tensorflow/tensorflow/issues/42254
# family: other
# raises: ValueError
# cause: 2:2
# raise: 2:2
# culprit: tf.signal.stft | waveform
# expect: tf.signal.stft is applied directly to the symbolic keras.Input tensor while building a functional model; Keras 3 KerasTensors cannot be passed to raw TensorFlow ops. Wrap the STFT in a custom Layer (or keras.layers.Lambda) and call that on the input.
# %%
import numpy as np
import tensorflow as tf
import keras
FRAME, STEP = 512, 20
# %%
waveform = keras.Input(shape=(None,), name="waveform")
spec = tf.signal.stft(waveform, FRAME, STEP, pad_end=True)
mag = tf.abs(spec)
