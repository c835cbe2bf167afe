# source: https://github.com/peteryuX/retinaface-tf2/issues/44
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:4
# culprit: hidden | 64
# expect: The checkpoint was written by a model with HPARAMS["hidden"] = 64, and cell 2 changes it to 32 before rebuilding, so restoring the first Dense kernel fails with "Received incompatible tensor with shape (5, 64) ... (5, 32)"; rebuild with the saved width (or start a new checkpoint directory).
# %%
import numpy as np
import tensorflow as tf
import keras

HPARAMS = {"hidden": 64, "inputs": 5}
CKPT_DIR = "/tmp/blind3_hparam_ckpt"

def build_net(hp):
    net = keras.Sequential([keras.Input((hp["inputs"],)), keras.layers.Dense(hp["hidden"], activation="relu"), keras.layers.Dense(1)])
    net(np.zeros((1, hp["inputs"]), "float32"))
    return net

net = build_net(HPARAMS)
ckpt = tf.train.Checkpoint(model=net)
manager = tf.train.CheckpointManager(ckpt, CKPT_DIR, max_to_keep=2)
print("saved", manager.save())
# %%
HPARAMS["hidden"] = 32
small_net = build_net(HPARAMS)
restore_ckpt = tf.train.Checkpoint(model=small_net)
restore_ckpt.restore(manager.latest_checkpoint)
