# source: https://github.com/tensorflow/addons/issues/263
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:8
# raise: 3:2
# culprit: LayerNormalization | upsample_block
# expect: upsample_block instantiates a new LayerNormalization layer (with gamma/beta variables) every time the generator runs; inside the @tf.function train step that means variables created during tracing, which tf.function rejects. Create the normalization layers once (in __init__ of a Layer/Model) and reuse them.
# %%
import numpy as np
import tensorflow as tf
import keras
dense_in = keras.layers.Dense(4 * 4 * 8)
to_img = keras.layers.Conv2D(1, 3, padding="same", activation="tanh")

def upsample_block(x):
    x = keras.layers.LayerNormalization()(x)
    return tf.image.resize(tf.nn.leaky_relu(x), (8, 8))

def generator(z):
    x = tf.reshape(dense_in(z), (-1, 4, 4, 8))
    return to_img(upsample_block(x))
# %%
g_opt = keras.optimizers.Adam(2e-4)

@tf.function
def train_step(noise, real):
    with tf.GradientTape() as tape:
        fake = generator(noise)
        loss = tf.reduce_mean(tf.square(fake - real))
    vars_ = dense_in.trainable_variables + to_img.trainable_variables
    g_opt.apply_gradients(zip(tape.gradient(loss, vars_), vars_))
    return loss
# %%
noise = tf.random.normal((4, 16))
train_step(noise, tf.zeros((4, 8, 8, 1)))
