# source: https://github.com/XifengGuo/CapsNet-Keras/issues/30
# family: shape_mismatch
# raises: ValueError
# cause: 3:2
# raise: 4:4
# culprit: decoder | DIM_CAPSULE
# expect: the decoder's Input is hard-coded to 16 * N_CLASS = 160 features but the capsules have DIM_CAPSULE = 17, so the flattened masked capsules are (100, 170); size the decoder input as DIM_CAPSULE * N_CLASS
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
N_CLASS = 10
DIM_CAPSULE = 17
capsules = np.random.rand(100, N_CLASS, DIM_CAPSULE).astype("float32")
true_class = np.random.randint(0, N_CLASS, size=100)
# %%
decoder = keras.Sequential([
    keras.Input(shape=(16 * N_CLASS,)),
    keras.layers.Dense(512, activation="relu"),
    keras.layers.Dense(784, activation="sigmoid"),
])
# %%
mask = np.eye(N_CLASS, dtype="float32")[true_class][:, :, None]
masked = capsules * mask
flat = masked.reshape(100, -1)
recon = decoder(flat)
