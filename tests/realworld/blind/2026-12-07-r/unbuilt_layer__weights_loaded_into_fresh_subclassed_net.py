# source: https://github.com/tensorflow/tensorflow/issues/24623
# family: unbuilt_layer
# raises: ValueError
# cause: 4:1
# raise: 4:3
# culprit: restored_net | EchoNet
# expect: restored_net is a freshly constructed subclassed EchoNet whose Dense layers create their weights only on the first call, so load_weights finds a model with no variables ("loading weights into a model that has not yet been built"). Build it first, e.g. restored_net(train_x[:1]) or restored_net.build((None, 128)), then load the weights.
# %%
import os
import tempfile
import numpy as np
import tensorflow as tf
save_dir = tempfile.mkdtemp()
# %%
class EchoNet(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.encoder = tf.keras.layers.Dense(32, activation="tanh")
        self.decoder = tf.keras.layers.Dense(128)

    def call(self, inputs):
        return self.decoder(self.encoder(inputs))
# %%
rng = np.random.default_rng(18)
train_x = rng.random((64, 128)).astype("float32")
echo = EchoNet()
echo.compile(optimizer="adam", loss="mse")
echo.fit(train_x, train_x, epochs=1, verbose=0)
weights_path = os.path.join(save_dir, "echo.weights.h5")
echo.save_weights(weights_path)
# %%
restored_net = EchoNet()
restored_net.compile(optimizer="adam", loss="mse")
restored_net.load_weights(weights_path)
print(restored_net.evaluate(train_x, train_x, verbose=0))
