# family: tf_function_variable_creation
# raises: ValueError
# culprit: step
import tensorflow as tf

@tf.function
def step(x):
    scale = tf.Variable(2.0)  # <- cause
    return x * scale

print(step(tf.constant(1.0)))  # <- raises
