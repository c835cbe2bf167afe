# source: https://github.com/tensorflow/tensorflow/issues/17257
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: none
# expect: no finding: only the backbone is saved and restored, the new head is intentionally left at its fresh initialization, and expect_partial() declares that partial match; the kernel check confirms the restore took effect
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
# %%
backbone = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(8)])
backbone(np.ones((1, 10), dtype="float32"))
ckpt_prefix = tf.train.Checkpoint(backbone=backbone).save(os.path.join(tempfile.mkdtemp(), "bb"))
saved_kernel = backbone.layers[0].kernel.numpy().copy()
# %%
new_backbone = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(8)])
head = keras.layers.Dense(3)
model = keras.Sequential([new_backbone, head])
model(np.ones((1, 10), dtype="float32"))
# %%
status = tf.train.Checkpoint(backbone=new_backbone).restore(ckpt_prefix).expect_partial()
print(np.allclose(new_backbone.layers[0].kernel.numpy(), saved_kernel))
