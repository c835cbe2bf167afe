# source: https://github.com/tensorflow/tensorflow/issues/39540
# family: unbuilt_layer
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: l1 | build
# expect: Net.build creates the Dense layer l1 but never builds it, so net.build((None, 4)) marks the model built while l1 has no kernel or bias; save_weights then silently writes a file without l1's weights. Build the sub-layer inside build (self.l1.build(input_shape)) or create it in __init__ and call the model on data.
# %%
import numpy as np
import keras
rng = np.random.default_rng(33)
sample = rng.normal(size=(2, 4)).astype("float32")
# %%
class Net(keras.Model):
    def build(self, input_shape):
        self.l1 = keras.layers.Dense(5)
        self.dummy = self.add_weight(shape=(1,), initializer="glorot_normal", name="dummy")
    def call(self, x):
        return self.l1(x)
# %%
net = Net()
net.build((None, 4))
net.save_weights("/tmp/easy_checkpoint.weights.h5")
print("saved", len(net.weights), "weights")
