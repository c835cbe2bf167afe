# source: https://github.com/manicman1999/StyleGAN2-Tensorflow-2.0/issues/14
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The tape is opened with persistent=True, so calling tape.gradient twice (once per loss) is allowed, and it is deleted afterwards; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.RandomState(29)
tokens = tf.constant(rng.rand(24, 10).astype("float32"))
shared = keras.Sequential([keras.Input((10,)), keras.layers.Dense(8, activation="relu")])
head_a = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1)])
head_b = keras.Sequential([keras.Input((8,)), keras.layers.Dense(3)])
opt_a = keras.optimizers.SGD(0.05)
opt_b = keras.optimizers.SGD(0.05)
# %%
def multitask_step(x):
    with tf.GradientTape(persistent=True) as tape:
        h = shared(x)
        loss_a = tf.reduce_mean(tf.square(head_a(h)))
        loss_b = tf.reduce_mean(tf.square(head_b(h) - 1.0))
    vars_a = shared.trainable_variables + head_a.trainable_variables
    grads_a = tape.gradient(loss_a, vars_a)
    grads_b = tape.gradient(loss_b, head_b.trainable_variables)
    del tape
    opt_a.apply_gradients(zip(grads_a, vars_a))
    opt_b.apply_gradients(zip(grads_b, head_b.trainable_variables))
    return loss_a, loss_b
# %%
for step in range(3):
    la, lb = multitask_step(tokens)
print(float(la), float(lb))
