# source: https://github.com/keras-team/keras/issues/14206
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:4
# raise: 3:7
# culprit: seg_head_v2 | block2_conv
# expect: The weights file was written by the first segmentation head (two Conv2D layers); seg_head_v2 inserted an extra Conv2D block, so loading by layer order assigns the saved 1x1 mask_out kernel (16->1) to the new 3x3 block2_conv layer (16->16) and Keras reports that objects could not be loaded (shape mismatch). Load the file into the architecture that produced it, or load by name / with skip_mismatch and retrain the new layer.
# %%
import os
import tempfile
import numpy as np
import keras
from keras import layers
weights_dir = tempfile.mkdtemp()
# %%
seg_head = keras.Sequential([keras.Input(shape=(32, 32, 3)),
                             layers.Conv2D(16, 3, padding="same", activation="relu", name="block1_conv"),
                             layers.Conv2D(1, 1, activation="sigmoid", name="mask_out")])
seg_head.compile(optimizer="adam", loss="binary_crossentropy")
rng = np.random.default_rng(14)
seg_head.fit(rng.random((8, 32, 32, 3)), rng.integers(0, 2, (8, 32, 32, 1)).astype("float32"), verbose=0)
weights_file = os.path.join(weights_dir, "seg_head.weights.h5")
seg_head.save_weights(weights_file)
# %%
seg_head_v2 = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(16, 3, padding="same", activation="relu", name="block1_conv"),
    layers.Conv2D(16, 3, padding="same", activation="relu", name="block2_conv"),
    layers.Conv2D(1, 1, activation="sigmoid", name="mask_out"),
])
seg_head_v2.load_weights(weights_file)
