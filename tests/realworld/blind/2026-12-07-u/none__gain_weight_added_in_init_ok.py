# source: https://github.com/tensorflow/tensorflow/issues/51835
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: no problem: ResAdd creates its scalar gain with self.add_weight in __init__ (not in build, and without a tf.Variable), which Keras 3 tracks like any other weight, so it is trained, saved to .weights.h5 and restored into a second, already built model.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

class ResAdd(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.res_gain = self.add_weight(shape=(), initializer="zeros", trainable=True, name="res_gain")

    def call(self, inputs):
        res, skip = inputs
        return res * tf.cast(self.res_gain, res.dtype) + skip

def make_net():
    inp = keras.Input((16,))
    res = keras.layers.Dense(16)(inp)
    out = ResAdd()([res, inp])
    return keras.Model(inp, keras.layers.Dense(1)(out))
# %%
net = make_net()
net.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
x = np.random.rand(64, 16).astype("float32")
y = x.sum(axis=1, keepdims=True)
net.fit(x, y, epochs=3, verbose=0)
# %%
path = os.path.join(tempfile.mkdtemp(), "resadd.weights.h5")
net.save_weights(path)
clone = make_net()
clone.load_weights(path)
print(len(net.trainable_weights), float(net.layers[2].res_gain.numpy()), float(clone.layers[2].res_gain.numpy()))
