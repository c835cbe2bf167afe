# family: missing_gradient
# raises: ValueError
# culprit: steps
import tensorflow as tf
steps = tf.Variable(3)  # <- cause
opt = tf.keras.optimizers.SGD(0.1)
with tf.GradientTape() as tape:
    loss = tf.cast(steps, tf.float32) ** 2
grads = tape.gradient(loss, [steps])
opt.apply_gradients(zip(grads, [steps]))  # <- raises
