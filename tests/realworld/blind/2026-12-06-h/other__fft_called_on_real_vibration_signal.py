# source: https://github.com/tensorflow/tensorflow/issues/6904
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:2
# culprit: tf.signal.fft | float32
# expect: tf.signal.fft only accepts complex64/complex128 input, but the accelerometer window is float32 ("Value for attr 'Tcomplex' of float is not in the list of allowed values"). Use tf.signal.rfft for real signals, or cast first with tf.complex(window, tf.zeros_like(window)) / tf.cast(window, tf.complex64).
# %%
import numpy as np
import tensorflow as tf

fs = 1000.0
t = np.arange(0, 1.0, 1.0 / fs)
rng = np.random.default_rng(100)
accel = (np.sin(2 * np.pi * 50 * t) + 0.3 * np.sin(2 * np.pi * 120 * t) + 0.1 * rng.normal(size=t.size)).astype("float32")
windows = tf.signal.frame(accel, frame_length=256, frame_step=128)
# %%
def band_energy(window_batch, lo_bin=10, hi_bin=20):
    hann = tf.signal.hann_window(256)
    spectrum = tf.signal.fft(window_batch * hann)
    power = tf.abs(spectrum) ** 2
    return tf.reduce_sum(power[:, lo_bin:hi_bin], axis=1)
# %%
print(windows.shape)
energies = band_energy(windows)
