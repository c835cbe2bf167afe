# source: https://github.com/tensorflow/tensorflow/issues/52346
# family: checkpoint_mismatch
# raises: AssertionError
# cause: 3:3, 3:5
# raise: 3:5
# culprit: assert_consumed | optimizer | resumed_opt
# expect: The checkpoint holds the Adam state (iterations, m and v slots), but the resumed optimizer has not built its variables yet when restore() runs, so those values have nothing to bind to and assert_consumed raises "Unresolved object in checkpoint (root).optimizer._variables...". Build the optimizer first (resumed_opt.build(resumed.trainable_variables)) before restoring, or check with assert_existing_objects_matched.
# %%
import shutil
import numpy as np
import tensorflow as tf
import keras

CKPT_DIR = "/tmp/b16_resume_ckpts"
shutil.rmtree(CKPT_DIR, ignore_errors=True)
rng = np.random.default_rng(35)
traffic_x = rng.random((32, 6)).astype("float32")
traffic_y = rng.random((32, 2)).astype("float32")

def make_forecaster():
    return keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(2)])
# %%
first_run = make_forecaster()
first_opt = keras.optimizers.Adam(1e-3)
first_run.compile(first_opt, "mse")
first_run.fit(traffic_x, traffic_y, epochs=1, verbose=0)
manager = tf.train.CheckpointManager(tf.train.Checkpoint(model=first_run, optimizer=first_opt), CKPT_DIR, max_to_keep=2)
manager.save()
# %%
resumed = make_forecaster()
resumed_opt = keras.optimizers.Adam(1e-3)
resume_ckpt = tf.train.Checkpoint(model=resumed, optimizer=resumed_opt)
status = resume_ckpt.restore(tf.train.latest_checkpoint(CKPT_DIR))
status.assert_consumed()
resumed.compile(resumed_opt, "mse")
resumed.fit(traffic_x, traffic_y, epochs=1, verbose=0)
