# source: https://github.com/keras-team/keras/issues/13502
# family: missing_gradient
# raises: ValueError
# cause: 3:3, 2:2
# raise: 3:6
# culprit: soft_targets | stop_gradient | s_probs
# expect: soft_targets wraps its result in tf.stop_gradient (right for the teacher), but it is also used for the student's probabilities, so the KL loss does not depend on the student's weights and every gradient is None; compute the student's softened probabilities without stop_gradient (tf.nn.softmax(student(x) / T)).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(41)
x_batch = tf.constant(rng.random((16, 10)).astype(np.float32))
teacher = keras.Sequential([keras.Input((10,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(5)])
student = keras.Sequential([keras.Input((10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(5)])
distill_opt = keras.optimizers.Adam(1e-3)
# %%
def soft_targets(logits, temperature=3.0):
    return tf.stop_gradient(tf.nn.softmax(logits / temperature))
# %%
with tf.GradientTape() as tape:
    t_probs = soft_targets(teacher(x_batch))
    s_probs = soft_targets(student(x_batch))
    loss = tf.reduce_mean(keras.losses.kl_divergence(t_probs, s_probs))
grads = tape.gradient(loss, student.trainable_variables)
distill_opt.apply_gradients(zip(grads, student.trainable_variables))
