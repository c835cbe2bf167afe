# family: other
# raises: ValueError
# culprit: sess
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
warmup = tf.constant(0.0)
model_graph = tf.Graph()
with model_graph.as_default():
    inputs = tf.constant([[1.0, 2.0]])
    weights = tf.constant([[0.5], [0.25]])
    output = tf.matmul(inputs, weights)
sess = tf.compat.v1.Session()  # <- cause
prediction = sess.run(output)  # <- raises
