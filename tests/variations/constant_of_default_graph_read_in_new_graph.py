# family: other
# raises: ValueError
# culprit: scale
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
scale = tf.constant(2.0, name="scale")  # <- cause
def scaled(t):
    return t * scale  # <- raises
fresh = tf.Graph()
with fresh.as_default():
    x = tf.compat.v1.placeholder(tf.float32, [None])
    y = scaled(x)
