# source: https://github.com/tensorflow/agents/issues/215
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: target_net | QNetwork
# expect: the target network target_net is a new QNetwork that has never been called, so it has no weights yet, while online_net already has 4; set_weights finds 0 weights to fill. Call target_net once on a dummy observation (or build it) before copying the online weights
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(27)
obs = rng.normal(size=(32, 6)).astype("float32")
# %%
class QNetwork(keras.Model):
    def __init__(self, n_actions=3):
        super().__init__()
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.q_out = keras.layers.Dense(n_actions)

    def call(self, observations):
        return self.q_out(self.hidden(observations))


online_net = QNetwork()
q_values = online_net(obs)
# %%
target_net = QNetwork()
target_net.set_weights(online_net.get_weights())
target_q = target_net(obs)
