# source: https://github.com/keras-team/keras/issues/10043
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:2
# culprit: pos_bias | dense2
# expect: dense2 maps the (batch, 32 time steps, 28 features) sequence to 28 outputs per step, but the per-class bias was reshaped to (1, 28, 1), putting the 28 on the time axis; adding it to the (batch, 32, 28) output cannot broadcast 32 against 28. Reshape the bias to (1, 1, 28) so it lines up with the last axis.
# %%
import numpy as np
import tensorflow as tf
import keras
N_CLASSES, STEPS = 28, 32
conv_features = tf.random.normal([4, STEPS, 64])
# %%
dense2 = keras.layers.Dense(N_CLASSES, kernel_initializer="he_normal", name="dense2")
pos_bias = tf.reshape(tf.linspace(0.0, 1.0, N_CLASSES), (1, N_CLASSES, 1))
# %%
scores = dense2(conv_features)
biased = scores + pos_bias
