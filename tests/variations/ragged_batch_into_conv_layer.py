# family: other
# raises: ValueError
# culprit: clips
import numpy as np
import tensorflow as tf
import keras
lengths = [5, 3, 4]
clips = tf.RaggedTensor.from_row_lengths(np.ones((sum(lengths), 2), "float32"), lengths)  # <- cause
smooth = keras.layers.Conv1D(4, 3, padding="same")
features = smooth(clips)  # <- raises
