# source: https://github.com/tensorflow/tensorflow/issues/36844
# family: none
# raises: NONE
# cause: 2:5
# raise: NONE
# culprit: from_logits
# expect: nothing to report: the last Dense layer has no softmax and the loss is built with from_logits=True, with integer labels for the sparse loss, which is the consistent pairing.
# %%
import numpy as np
import keras

rng = np.random.default_rng(11)
feats = rng.random((60, 8)).astype("float32")
species = rng.integers(0, 3, size=60)  # cat / dog / monkey
# %%
net = keras.Sequential([keras.Input(shape=(8,)),
                        keras.layers.Dense(16, activation="relu"),
                        keras.layers.Dense(3)])
net.compile(optimizer="adam",
            loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            metrics=["accuracy"])
hist = net.fit(feats, species, epochs=2, batch_size=20, verbose=0)
print(round(hist.history["loss"][-1], 3))
