# source: https://github.com/ludwig-ai/ludwig/pull/739
# family: unbuilt_layer
# raises: IndexError
# cause: 2:1
# raise: 3:2
# culprit: encoder_net | get_weights
# expect: encoder_net is a subclassed model that has not been called yet, so its Dense layers have no weights and get_weights() returns an empty list; indexing it fails. Call the model on a sample batch (or build it) before reading its weights.
# %%
import numpy as np
import keras

class Encoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.t1 = keras.layers.Dense(5, kernel_initializer=keras.initializers.GlorotNormal(seed=13))
        self.t2 = keras.layers.Dense(2)

    def call(self, x):
        return self.t2(self.t1(x))
# %%
encoder_net = Encoder()
encoder_net.compile(optimizer="adam", loss="mse")
# %%
snapshot = encoder_net.get_weights()
first_kernel = snapshot[0]
print(first_kernel.shape)
