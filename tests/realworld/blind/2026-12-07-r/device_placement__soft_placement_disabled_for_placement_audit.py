# source: https://github.com/mozilla/DeepSpeech/issues/228
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:4, 3:1
# raise: 3:2
# culprit: set_soft_device_placement | /GPU:0
# expect: Soft placement was switched off in the first cell to audit op placement, and the feature computation is pinned with tf.device("/GPU:0"); this machine has no GPU, so the eager op cannot fall back to the CPU and fails with "Could not satisfy device specification ... enable_soft_placement=0". Re-enable soft placement (tf.config.set_soft_device_placement(True)) or only pin to GPUs listed by tf.config.list_logical_devices("GPU").
# %%
import numpy as np
import tensorflow as tf
print(tf.config.list_logical_devices())
tf.config.set_soft_device_placement(False)
# %%
rng = np.random.default_rng(24)
audio = tf.constant(rng.normal(size=(2, 16000)), dtype=tf.float32)
frame_len, frame_step = 400, 160
# %%
with tf.device("/GPU:0"):
    frames = tf.signal.frame(audio, frame_len, frame_step)
    power = tf.reduce_mean(tf.square(frames), axis=-1)
print(power.shape)
