# family: other
# raises: InvalidArgumentError
# culprit: output_signature
import tensorflow as tf
phrases = [[1, 2], [3], [4, 5, 6]]

def chunks():
    for i in range(0, 3, 2):
        yield tf.ragged.constant(phrases[i:i + 2])

stream = tf.data.Dataset.from_generator(  # <- cause
    chunks, output_signature=tf.TensorSpec(shape=(None, None), dtype=tf.int32))
for piece in stream:  # <- raises
    print(piece)
