# source: https://github.com/keras-team/keras/issues/18875
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: the first two dense blocks are skipped in call() and never built, yet saving to .weights.h5 and loading into a fresh instance that was called the same way works on this Keras: both sides list the same built variables. Nothing to report.
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers

class SubModel(keras.Model):
    def __init__(self, num_blocks=3):
        super().__init__()
        self.dense_layers = [layers.Dense(16, activation="relu") for _ in range(num_blocks)]
        self.output_layer = layers.Dense(4)

    def call(self, inputs):
        x = inputs
        for i, dense in enumerate(self.dense_layers):
            if i < 2:
                continue
            x = dense(x)
        return self.output_layer(x)
# %%
sample = np.random.rand(2, 8).astype("float32")
first = SubModel()
first(sample)
weights_path = os.path.join(tempfile.mkdtemp(), "sub.weights.h5")
first.save_weights(weights_path)
# %%
second = SubModel()
second(sample)
second.load_weights(weights_path)
print(np.allclose(first(sample), second(sample)))
