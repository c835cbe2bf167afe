# source: https://github.com/MarzioMonticelli/python-cryptonet/issues/4
# family: shape_mismatch
# raises: ValueError
# cause: 2:9
# raise: 3:3
# culprit: FLAT_UNITS | dense_head
# expect: The dense head's Input was hard-coded with FLAT_UNITS=180, the flatten size of the original pooled network, but the "nodropout" variant has no pooling, so the flattened features are 720 wide (12x12x5) and the head rejects them ("expected axis -1 ... value 180 but received ... 720"). Derive the head's input size from the conv block's actual output shape.
# %%
import numpy as np
import keras

rng = np.random.default_rng(70)
digits = rng.random((64, 28, 28, 1), dtype=np.float32)
targets = rng.integers(0, 10, size=64)
# %%
def conv_block(variant):
    layers = [keras.Input((28, 28, 1)), keras.layers.Conv2D(5, 5, strides=2, padding="valid", activation="relu")]
    if variant == "pooled":
        layers.append(keras.layers.AveragePooling2D(pool_size=(2, 2), padding="same"))
        layers.append(keras.layers.Conv2D(5, 3, padding="same", activation="relu"))
    layers.append(keras.layers.Flatten())
    return keras.Sequential(layers, name=f"conv_{variant}")

FLAT_UNITS = 180
dense_head = keras.Sequential([keras.Input((FLAT_UNITS,)), keras.layers.Dense(100, activation="relu"),
                               keras.layers.Dense(10)], name="dense_head")
# %%
features = conv_block("nodropout")
print(features.output_shape)
logits = dense_head(features(digits[:32]))
