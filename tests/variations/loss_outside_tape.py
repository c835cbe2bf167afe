# family: missing_gradient
# raises: ValueError
# culprit: loss
import tensorflow as tf
layer = tf.keras.layers.Dense(1)
opt = tf.keras.optimizers.SGD(0.1)
x = tf.ones([4, 2])
pred = layer(x)
loss = tf.reduce_mean(pred ** 2)  # <- cause
with tf.GradientTape() as tape:
    tape.watch(x)
grads = tape.gradient(loss, layer.trainable_variables)
opt.apply_gradients(zip(grads, layer.trainable_variables))  # <- raises
