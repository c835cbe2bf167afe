# source: https://github.com/xiph/LPCNet/issues/39
# family: checkpoint_mismatch
# raises: ValueError
# cause: 4:1
# raise: 4:2
# culprit: build_vocoder | use_feature_conv
# expect: the weights file was written by the model built with use_feature_conv=False (2 Dense layers), but the training script rebuilds it with use_feature_conv=True, which inserts an extra Dense layer; the saved variables no longer line up with the new layers and load_weights fails. Rebuild with the same configuration as the saved model (or load by layer name with skip_mismatch)
# %%
import os
import tempfile
import numpy as np
import keras
from keras import layers

ckpt_dir = tempfile.mkdtemp()
rng = np.random.default_rng(24)
# %%
def build_vocoder(use_feature_conv=False, units=32):
    feats = keras.Input((20,), name="features")
    x = feats
    if use_feature_conv:
        x = layers.Dense(units, activation="tanh", name="feature_dense")(x)
    x = layers.Dense(units, activation="relu", name="gru_a")(x)
    out = layers.Dense(8, activation="softmax", name="dual_fc")(x)
    return keras.Model(feats, out)
# %%
vocoder = build_vocoder()
vocoder.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
vocoder.fit(rng.random((64, 20)), rng.integers(0, 8, 64), epochs=1, verbose=0)
weights_path = os.path.join(ckpt_dir, "lpcnet20c_384_10_G16_80.weights.h5")
vocoder.save_weights(weights_path)
# %%
vocoder = build_vocoder(use_feature_conv=True)
vocoder.load_weights(weights_path)
