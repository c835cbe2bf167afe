# family: other
# raises: ValueError
# culprit: tracks
import numpy as np
import tensorflow as tf
tracks = [[3, 1], [4, 1, 5, 9], [2]]
tracks = np.array(tracks, dtype=object)  # <- cause
playlists = tf.data.Dataset.from_tensor_slices(tracks)  # <- raises
