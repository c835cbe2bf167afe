# source: https://github.com/tensorflow/tensorflow/issues/21156
# family: checkpoint_mismatch
# raises: NONE
# cause: 3:2
# raise: NONE
# culprit: model= | Checkpoint
# expect: the checkpoint stores the network under the key "net" (2:4), but the resume cell builds tf.train.Checkpoint(model=forecaster) and restores without checking the status; nothing matches, so forecaster silently keeps its fresh random weights and the predictions are untrained. Use the same attribute name (net=forecaster) and call .assert_existing_objects_matched() (or assert_consumed()) on the restore status.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

def make_forecaster():
    return keras.Sequential([keras.Input((6,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(1)])
# %%
trained = make_forecaster()
trained.compile(optimizer="adam", loss="mse")
trained.fit(np.random.rand(64, 6), np.random.rand(64, 1), epochs=2, verbose=0)
ckpt_path = tf.train.Checkpoint(net=trained).save(os.path.join(tempfile.mkdtemp(), "ckpt"))
# %%
forecaster = make_forecaster()
tf.train.Checkpoint(model=forecaster).restore(ckpt_path)
preds = forecaster.predict(np.random.rand(4, 6), verbose=0)
print(preds.ravel())
