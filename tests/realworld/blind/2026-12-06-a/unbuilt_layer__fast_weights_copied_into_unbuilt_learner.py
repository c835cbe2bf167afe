# source: https://github.com/siavash-khodadadeh/MetaLearning-TF2.0/issues/2
# family: unbuilt_layer
# raises: AttributeError
# cause: 2:3
# raise: 3:8
# culprit: fast_model | kernel
# expect: fast_model is a Sequential without an Input and is never called, so its Dense layers have no kernel yet; reading fast_layer.kernel in the inner-update loop fails. Build it first (fast_model(tf.zeros((1, 20))) or fast_model.build((None, 20))) before copying the updated weights.
# %%
import numpy as np
import tensorflow as tf
import keras

def make_learner(n_way=5):
    return keras.Sequential([
        keras.layers.Dense(40, activation="relu"),
        keras.layers.Dense(40, activation="relu"),
        keras.layers.Dense(n_way),
    ])
# %%
meta_model = make_learner()
meta_model(tf.zeros((1, 20)))      # build the meta learner once
fast_model = make_learner()
inner_lr = 0.01
# %%
support_x = tf.random.normal((10, 20))
support_y = tf.random.uniform((10,), maxval=5, dtype=tf.int32)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
with tf.GradientTape() as tape:
    loss = loss_fn(support_y, meta_model(support_x))
grads = tape.gradient(loss, meta_model.trainable_variables)
for layer_idx, (meta_layer, fast_layer) in enumerate(zip(meta_model.layers, fast_model.layers)):
    fast_layer.kernel.assign(meta_layer.kernel - inner_lr * grads[2 * layer_idx])
