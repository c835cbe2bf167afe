# source: https://openillumi.com/?p=67236
# family: shape_mismatch
# raises: ValueError
# cause: 2:5
# raise: 2:6
# culprit: Reshape | Dense
# expect: the Dense layer before Reshape((4, 10)) outputs N_BOXES * 5 = 50 values, but the reshape target holds COORDS * N_BOXES = 40; the element counts must match. Give the Dense layer COORDS * N_BOXES units.
# %%
import numpy as np
import keras
N_BOXES = 10
COORDS = 4
images = np.random.rand(16, 52, 52, 3).astype("float32")
targets = np.random.rand(16, COORDS, N_BOXES).astype("float32")
# %%
detector = keras.Sequential(name="box_head")
detector.add(keras.Input((52, 52, 3)))
detector.add(keras.layers.Conv2D(16, 3, strides=2, activation="relu"))
detector.add(keras.layers.Flatten())
detector.add(keras.layers.Dense(N_BOXES * 5))
detector.add(keras.layers.Reshape((COORDS, N_BOXES)))
