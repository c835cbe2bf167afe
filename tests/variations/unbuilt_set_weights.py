# family: unbuilt_layer
# raises: ValueError
# culprit: student
import tensorflow as tf
def make():
    return tf.keras.Sequential([tf.keras.layers.Dense(4), tf.keras.layers.Dense(1)])
teacher = make()
teacher(tf.zeros([1, 3]))
student = make()  # <- cause
student.set_weights(teacher.get_weights())  # <- cause raises
