# source: https://github.com/tensorflow/tensorflow/issues/39858
# family: other
# raises: AttributeError
# cause: 1:14
# raise: 1:17
# culprit: loss | numpy
# expect: train_step is a tf.function, so inside it loss is a symbolic graph tensor with no value and no .numpy(); logging it with loss.numpy() fails at trace time. Return the loss and call .numpy() on the result outside the function (or use tf.print).
# %%
import tensorflow as tf

encoder = tf.keras.layers.Dense(4)
optimizer = tf.keras.optimizers.Adam(1e-3)
history = []

@tf.function
def train_step(batch):
    with tf.GradientTape() as tape:
        codes = encoder(batch)
        loss = tf.reduce_mean(tf.square(codes))
    grads = tape.gradient(loss, encoder.trainable_variables)
    optimizer.apply_gradients(zip(grads, encoder.trainable_variables))
    history.append(loss.numpy())
    return loss

train_step(tf.random.normal([8, 6]))
