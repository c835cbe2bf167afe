# source: https://github.com/GuangmingZhu/AttentionConvLSTM/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: clstm_reshape | return_sequences
# expect: ConvLSTM2D with return_sequences=True outputs (None, FRAMES, 7, 7, 64), FRAMES times more values than the (7, 7, 64) target of Reshape clstm_reshape; use return_sequences=False (last step only) or pool/average over the time axis before reshaping
# %%
import numpy as np
import keras
from keras import layers

FRAMES, H, W, C = 8, 7, 7, 64
# %%
clip = keras.Input((FRAMES, H, W, 4), name="clip")
clstm = layers.ConvLSTM2D(C, 3, padding="same", return_sequences=True, name="clstm2d_2")(clip)
# %%
featmap_2d = layers.Reshape((H, W, C), name="clstm_reshape")(clstm)
logits = layers.Dense(10)(layers.GlobalAveragePooling2D()(featmap_2d))
model = keras.Model(clip, logits)
