# source: https://github.com/tensorflow/tensorflow/issues/29823
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 1:6
# raise: 3:1
# culprit: clipped_leaky | bool
# expect: The custom activation branches with a Python `if x > threshold:` on a tensor; Keras runs Dense.call inside a traced training function, where a symbolic tensor cannot be turned into a Python bool. Write the activation with tensor ops, e.g. tf.where(x > threshold, threshold + slope * (x - threshold), x).
# %%
import numpy as np
import tensorflow as tf
import keras

def clipped_leaky(x, threshold=1.0, slope=0.1):
    if x > threshold:
        return threshold + slope * (x - threshold)
    return x
# %%
rng = np.random.default_rng(17)
signals = rng.normal(size=(128, 6)).astype("float32")
response = np.tanh(signals[:, :2]).astype("float32")
model = keras.Sequential([
    keras.Input((6,)),
    keras.layers.Dense(16, activation=clipped_leaky),
    keras.layers.Dense(2),
])
model.compile(optimizer="adam", loss="mse")
# %%
model.fit(signals, response, epochs=1, batch_size=32, verbose=0)
