# family: other
# raises: TypeError
# culprit: count
import tensorflow as tf
@tf.function(input_signature=[tf.TensorSpec([None, 6], tf.float32)])
def split_batch(frames):
    count = frames.shape[0]  # <- cause
    half = count // 2
    return frames[:half], frames[half:]
first, second = split_batch(tf.ones((8, 6)))  # <- raises
