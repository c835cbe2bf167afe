# source: https://github.com/keras-team/keras/issues/7229
# family: unbuilt_layer
# raises: ValueError
# cause: 2:3
# raise: 2:3
# culprit: encoder_dense | set_weights
# expect: encoder_dense has not been called on an input yet, so it has no kernel/bias and set_weights([W, b]) fails ("expecting 0 weights"). Call the layer on the Input (or layer.build((None, 784))) first and set the weights afterwards, or pass kernel/bias initializers built from W and b.
# %%
import numpy as np
import keras

rng = np.random.default_rng(100)
W_pre = rng.normal(scale=0.05, size=(784, 10)).astype(np.float32)
b_pre = np.zeros(10, dtype=np.float32)
images = rng.random((32, 784), dtype=np.float32)
# %%
input_imgs = keras.Input(shape=(784,))
encoder_dense = keras.layers.Dense(10, activation="relu", name="encoder_dense")
encoder_dense.set_weights([W_pre, b_pre])
encoded = encoder_dense(input_imgs)
autoencoder = keras.Model(input_imgs, keras.layers.Dense(784, activation="sigmoid")(encoded))
