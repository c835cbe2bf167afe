# source: https://github.com/keras-team/keras/issues/6728
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: CONV_KW | padding
# expect: CONV_KW leaves padding at the default "valid", so each 3x3 convolution trims 2 pixels and the predicted masks come out 28x28 while the target masks are 32x32 ("target and output must have the same shape"); add padding="same" to the convolution settings so the output keeps the input size.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(131)
cell_imgs = rng.random((8, 32, 32, 1)).astype("float32")
cell_masks = (cell_imgs > 0.5).astype("float32")
# %%
CONV_KW = dict(kernel_size=3, activation="relu", kernel_initializer="he_normal")
seg_in = keras.Input((32, 32, 1))
x = layers.Conv2D(8, **CONV_KW)(seg_in)
x = layers.Conv2D(8, **CONV_KW)(x)
seg_out = layers.Conv2D(1, 1, activation="sigmoid")(x)
segmenter = keras.Model(seg_in, seg_out)
segmenter.compile("adam", "binary_crossentropy")
# %%
segmenter.fit(cell_imgs, cell_masks, batch_size=4, epochs=1, verbose=0)
