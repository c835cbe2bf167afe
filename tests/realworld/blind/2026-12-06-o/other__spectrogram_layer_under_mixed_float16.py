# source: https://github.com/tensorflow/tensorflow/issues/28804
# family: other
# raises: ValueError
# cause: 2:4, 1:4
# raise: 3:2
# culprit: stft | float16 | mixed_float16
# expect: with the global mixed_float16 policy the LogSpectrogram layer receives its input autocast to float16, and tf.signal.stft (RFFT) only accepts float32/float64; cast the waveform to float32 inside call (or create this layer with dtype="float32") so the FFT runs in full precision.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")

rng = np.random.default_rng(12)
waves = rng.normal(size=(4, 1024)).astype("float32")
# %%
class LogSpectrogram(keras.layers.Layer):
    def call(self, audio):
        frames = audio - tf.reduce_mean(audio, axis=-1, keepdims=True)
        spec = tf.signal.stft(frames, frame_length=256, frame_step=128)
        return tf.math.log(tf.abs(spec) + 1e-6)
# %%
front_end = LogSpectrogram()
mel_like = front_end(tf.constant(waves))
print(mel_like.shape)
