# source: https://github.com/tensorflow/tensorflow/issues/38908
# family: other
# raises: TypeError
# cause: 2:1, 2:4
# raise: 3:3
# culprit: pad_sequences | pad_spectrogram
# expect: pad_spectrogram was decorated with @tf.function for speed, but keras.utils.pad_sequences is a NumPy utility that calls len() on its input; on the symbolic tensor inside the traced function this fails ("len is not well defined for a symbolic Tensor"). Drop the decorator or pad with tensor ops (tf.pad / tf.image.pad_to_bounding_box).
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(8)
spectrograms = [rng.random((40, n)).astype("float32") for n in (55, 71, 63)]
MAX_FRAMES = 80
# %%
@tf.function
def pad_spectrogram(spec, pad_len):
    frames_first = tf.transpose(spec)
    padded = keras.utils.pad_sequences(frames_first, maxlen=pad_len, dtype="float32", padding="post", truncating="post")
    return tf.transpose(padded)
# %%
batch = []
for spec in spectrograms:
    batch.append(pad_spectrogram(tf.constant(spec), MAX_FRAMES))
