# source: https://github.com/BNN-UPC/RouteNet-Erlang/issues/8
# family: checkpoint_mismatch
# raises: NONE
# cause: 2:3, 3:4
# raise: NONE
# culprit: latest_checkpoint | checkpoint | ckpt-
# expect: Only the ckpt-* data/index shards were copied to SERVE_DIR, not the small "checkpoint" state file, so CheckpointManager.latest_checkpoint is None and restore(None) silently does nothing: the served model keeps its fresh random weights. Copy the state file too (or restore the explicit ckpt path) and assert the restore status.
# %%
import os
import shutil
import numpy as np
import tensorflow as tf
import keras

TRAIN_DIR = "/tmp/b16_routenet_train"
SERVE_DIR = "/tmp/b16_routenet_serve"
for d in (TRAIN_DIR, SERVE_DIR):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

def make_delay_model():
    return keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"),
                             keras.layers.Dense(1)])

rng = np.random.default_rng(8)
links, delay = rng.random((32, 5)).astype("float32"), rng.random((32, 1)).astype("float32")
trained = make_delay_model()
trained.compile("adam", "mse")
trained.fit(links, delay, epochs=2, verbose=0)
train_manager = tf.train.CheckpointManager(tf.train.Checkpoint(model=trained), TRAIN_DIR, max_to_keep=2)
train_manager.save()
# %%
import glob

for shard in glob.glob(os.path.join(TRAIN_DIR, "ckpt-*")):
    shutil.copy(shard, SERVE_DIR)
print(sorted(os.listdir(SERVE_DIR)))
# %%
served = make_delay_model()
serve_ckpt = tf.train.Checkpoint(model=served)
serve_manager = tf.train.CheckpointManager(serve_ckpt, SERVE_DIR, max_to_keep=2)
status = serve_ckpt.restore(serve_manager.latest_checkpoint)
print("restored from", serve_manager.latest_checkpoint)
predicted_delay = served.predict(links[:4], verbose=0)
