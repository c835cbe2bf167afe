# source: https://github.com/cesc-park/attend2u/issues/2
# family: other
# raises: InvalidArgumentError
# cause: 1:7, 1:5, 2:2
# raise: 3:1
# culprit: log_spectrum | Tout
# expect: log_spectrum multiplies the float32 frame by np.hanning (a float64 window), so the rfft magnitude and its np.log1p come back as float64, while tf.numpy_function declares Tout=tf.float32, so the iterator fails with "0-th value returned by pyfunc_0 is double, but expects float". Cast the result with .astype(np.float32) (or declare Tout=tf.float64).
# %%
import numpy as np
import tensorflow as tf

def log_spectrum(frame):
    windowed = frame * np.hanning(frame.shape[0])
    magnitude = np.abs(np.fft.rfft(windowed))
    return np.log1p(magnitude)

rng = np.random.default_rng(24)
audio_frames = rng.normal(size=(16, 256)).astype("float32")
frame_labels = rng.integers(0, 2, size=16)
# %%
def to_features(frame, label):
    spec = tf.numpy_function(log_spectrum, [frame], tf.float32)
    spec.set_shape((129,))
    return spec, label

feature_ds = tf.data.Dataset.from_tensor_slices((audio_frames, frame_labels)).map(to_features).batch(4)
# %%
spectra, spectrum_labels = next(iter(feature_ds))
print(spectra.shape)
