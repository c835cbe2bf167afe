# source: https://github.com/tensorflow/tensorflow/issues/34691
# family: other
# raises: ValueError
# cause: 1:10, 2:3
# raise: 3:2
# culprit: HEAD_LOSSES | price | price_out
# expect: the model's outputs are the layers named "price_out" and "segment_out", but the loss dict in the config is keyed "price" and "segment"; Keras matches loss keys to output names and raises "Expected keys ... in loss dict". Key the losses (and targets) by the output layer names, or name the layers "price"/"segment".
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(81)
listing_feats = rng.random((32, 7)).astype("float32")
listing_price = rng.random((32, 1)).astype("float32")
listing_segment = rng.integers(0, 3, size=32)

HEAD_LOSSES = {"price": "mse", "segment": "sparse_categorical_crossentropy"}
LOSS_WEIGHTS = {"price": 1.0, "segment": 0.5}
# %%
inp = keras.Input((7,))
h = layers.Dense(16, activation="relu")(inp)
price_out = layers.Dense(1, name="price_out")(h)
segment_out = layers.Dense(3, activation="softmax", name="segment_out")(h)
listing_model = keras.Model(inp, [price_out, segment_out])
# %%
listing_model.compile(optimizer="adam", loss=HEAD_LOSSES, loss_weights=LOSS_WEIGHTS)
listing_model.fit(listing_feats, {"price": listing_price, "segment": listing_segment}, epochs=1, verbose=0)
