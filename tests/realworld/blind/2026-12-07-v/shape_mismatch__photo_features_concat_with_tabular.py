# source: https://taourl.com/read-2574641.html
# family: shape_mismatch
# raises: ValueError
# cause: 2:5
# raise: 3:1
# culprit: img_feat | Concatenate
# expect: the image branch still ends in a 4-D feature map (None, 5, 5, 64) while the tabular branch is (None, 16), so Concatenate cannot join them on the last axis. Flatten or GlobalAveragePooling2D the image features before merging them with the listing features.
# %%
import numpy as np
import tensorflow as tf
from tensorflow.keras import layers, Model
photos = np.random.rand(64, 28, 28, 3).astype("float32")
listing = np.random.rand(64, 10).astype("float32")
price = np.random.rand(64, 1).astype("float32")
# %%
img_in = layers.Input(shape=(28, 28, 3))
x = layers.Conv2D(32, 3, activation="relu")(img_in)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(64, 3, activation="relu")(x)
img_feat = layers.MaxPooling2D()(x)
tab_in = layers.Input(shape=(10,))
tab_feat = layers.Dense(16, activation="relu")(tab_in)
# %%
merged = layers.Concatenate()([img_feat, tab_feat])
out = layers.Dense(1)(merged)
