# source: https://github.com/rlcode/reinforcement-learning-kr-v2/issues/18
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1, 3:2
# raise: 3:2
# culprit: count_params | shared_model
# expect: PolicyValueNet is a subclassed model whose Conv2D/Dense layers only get weights when the model is first called; shared_model.count_params() runs before any call, so Keras reports the layer "isn't built". Call the model once on a dummy state (shared_model(np.zeros((1, *state_size)))) or build it before counting parameters.
# %%
import numpy as np
import tensorflow as tf
import keras

state_size = (20, 20, 4)
action_size = 3
lr = 1e-4
# %%
class PolicyValueNet(keras.Model):
    def __init__(self, action_size):
        super().__init__()
        self.conv1 = keras.layers.Conv2D(8, 4, strides=2, activation="relu")
        self.conv2 = keras.layers.Conv2D(16, 3, strides=1, activation="relu")
        self.flatten = keras.layers.Flatten()
        self.shared_fc = keras.layers.Dense(64, activation="relu")
        self.policy = keras.layers.Dense(action_size, activation="softmax")
        self.value = keras.layers.Dense(1)

    def call(self, x):
        x = self.flatten(self.conv2(self.conv1(x)))
        x = self.shared_fc(x)
        return self.policy(x), self.value(x)
# %%
shared_model = PolicyValueNet(action_size)
print("global model parameters:", shared_model.count_params())
optimizer = keras.optimizers.Adam(lr, clipnorm=40.0)
