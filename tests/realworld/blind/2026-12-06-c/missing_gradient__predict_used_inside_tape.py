# source: https://github.com/SciSharp/TensorFlow.NET/issues/1197
# family: missing_gradient
# raises: ValueError
# cause: 2:4
# raise: 3:2
# culprit: predict | policy_net
# expect: policy_net.predict returns a NumPy array computed outside the tape, so the loss does not depend on the trainable variables, every gradient is None and apply_gradients raises "No gradients provided for any variable"; call the model directly (policy_net(states, training=True)) inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.RandomState(27)
states = rng.rand(32, 8).astype("float32")
returns = rng.rand(32, 1).astype("float32")
policy_net = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(1)])
policy_opt = keras.optimizers.Adam(1e-3)
# %%
def reinforce_step(batch_states, batch_returns):
    # weight the value estimates by the observed returns
    with tf.GradientTape() as tape:
        values = policy_net.predict(batch_states, verbose=0)
        loss = tf.reduce_mean(tf.square(batch_returns - values))
    grads = tape.gradient(loss, policy_net.trainable_variables)
    policy_opt.apply_gradients(zip(grads, policy_net.trainable_variables))
    return loss
# %%
for episode in range(2):
    loss = reinforce_step(states, returns)
    print(episode, float(loss))
