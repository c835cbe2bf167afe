# source: https://github.com/tensorflow/tensorflow/issues/48801
# family: other
# raises: AttributeError
# cause: 1:5
# raise: 2:2
# culprit: normalise_waveform | numpy
# expect: Dataset.map traces normalise_waveform into a graph, so clip is a symbolic tensor and clip.numpy() does not exist. Write the function with TensorFlow ops (clip / (tf.reduce_max(tf.abs(clip)) + 1e-6)) or wrap the NumPy code in tf.numpy_function / tf.py_function.
# %%
import numpy as np
import tensorflow as tf

def normalise_waveform(clip):
    samples = clip.numpy()
    samples = samples / (np.abs(samples).max() + 1e-6)
    return samples.astype("float32")
# %%
clips = tf.data.Dataset.from_tensor_slices(np.random.randn(10, 400).astype("float32"))
clips = clips.map(normalise_waveform)
