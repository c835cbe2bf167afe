# family: missing_gradient
# raises: ValueError
# culprit: decoder
import tensorflow as tf
encoder = tf.keras.layers.Dense(2)
decoder = tf.keras.layers.Dense(2)
x = tf.ones([3, 2])
decoder(encoder(x))
opt = tf.keras.optimizers.SGD(0.1)
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(encoder(x))
grads = tape.gradient(loss, decoder.trainable_variables)  # <- cause
opt.apply_gradients(zip(grads, decoder.trainable_variables))  # <- raises
