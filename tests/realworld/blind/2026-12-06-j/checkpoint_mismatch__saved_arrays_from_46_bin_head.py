# source: https://github.com/alexvbogdan/DeepCalib/issues/37
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:4
# culprit: output_focal | FOCAL_BINS | 47
# expect: The saved arrays come from the network trained with 46 focal bins, but the predictor is rebuilt with FOCAL_BINS = 47, so the output_focal kernel (16, 47) cannot take the saved (16, 46) array. Use the same number of bins as the trained model (46).
# %%
import numpy as np
import keras
FOCAL_BINS = 46
trained = keras.Sequential([keras.Input((12,)), keras.layers.Dense(16, activation="relu"),
                            keras.layers.Dense(FOCAL_BINS, activation="softmax", name="output_focal")])
np.savez("/tmp/focal_regressor_weights.npz", *trained.get_weights())
# %%
FOCAL_BINS = 47
classes_focal = np.linspace(40, 500, FOCAL_BINS)

def build_predictor():
    return keras.Sequential([keras.Input((12,)), keras.layers.Dense(16, activation="relu"),
                             keras.layers.Dense(FOCAL_BINS, activation="softmax", name="output_focal")])
predictor = build_predictor()
# %%
saved = np.load("/tmp/focal_regressor_weights.npz")
arrays = [saved[f"arr_{i}"] for i in range(len(saved.files))]
for var, value in zip(predictor.weights, arrays):
    var.assign(value)
