# source: https://github.com/tensorflow/tensorflow/issues/16465
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing to report: the signal is zero-padded by frame_length - frame_step on both sides before stft, inverse_stft uses inverse_stft_window_fn(frame_step), and the padding is trimmed before comparing, so the shapes match and the reconstruction error is tiny.
# %%
import numpy as np
import tensorflow as tf

signal = tf.constant(0.5 * np.sin(np.linspace(0.0, 440 * 2 * np.pi, 1600)), tf.float32)
frame_length, frame_step, fft_length = 400, 100, 512
pad = frame_length - frame_step
# %%
padded = tf.pad(signal, [[pad, pad]])
spec = tf.signal.stft(padded, frame_length, frame_step, fft_length)
recon = tf.signal.inverse_stft(
    spec, frame_length, frame_step, fft_length,
    window_fn=tf.signal.inverse_stft_window_fn(frame_step))
err = tf.reduce_max(tf.abs(recon[pad:pad + signal.shape[0]] - signal))
print("max error", float(err))
