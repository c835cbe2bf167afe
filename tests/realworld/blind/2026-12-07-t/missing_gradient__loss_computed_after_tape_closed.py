# source: https://github.com/tensorflow/tensorflow/issues/47387
# family: missing_gradient
# raises: ValueError
# cause: 3:4, 3:3
# raise: 3:6
# culprit: loss | tape
# expect: only the forward pass is recorded; the loss is computed after the `with tf.GradientTape()` block has closed, so the tape never saw loss depend on the weights, tape.gradient returns None for all of them and apply_gradients raises "No gradients provided for any variable"; indent the loss computation into the tape block
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
policy_net = keras.Sequential([keras.Input((6,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(3)])
optimizer = keras.optimizers.Adam(1e-3)
states = np.random.rand(64, 6).astype("float32")
actions = np.random.randint(0, 3, size=64)
advantages = np.random.randn(64).astype("float32")
# %%
with tf.GradientTape() as tape:
    logits = policy_net(states)
log_probs = tf.nn.log_softmax(logits)
loss = -tf.reduce_mean(tf.gather(log_probs, actions, batch_dims=1) * advantages)
grads = tape.gradient(loss, policy_net.trainable_variables)
optimizer.apply_gradients(zip(grads, policy_net.trainable_variables))
