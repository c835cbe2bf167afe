# family: tf_function_variable_creation
# raises: ValueError
# culprit: sgd_now
import numpy as np
import tensorflow as tf
import keras
inputs = np.ones((6, 2), "float32")
scale = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])

@tf.function
def one_step(opt, a):
    with tf.GradientTape() as g:
        out = tf.reduce_sum(scale(a))
    opt.apply_gradients(zip(g.gradient(out, scale.trainable_variables), scale.trainable_variables))
    return out

for round_ in range(2):
    sgd_now = keras.optimizers.Adam(0.1)  # <- cause
    one_step(sgd_now, inputs)  # <- raises
