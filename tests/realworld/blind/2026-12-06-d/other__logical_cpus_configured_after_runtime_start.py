# source: https://github.com/tym-b/implicit-slam/issues/5
# family: other
# raises: RuntimeError
# cause: 1:5, 2:2
# raise: 2:2
# culprit: set_logical_device_configuration | Virtual devices
# expect: The first cell already executed TensorFlow ops (tf.constant / normalisation), which initializes the runtime, so splitting the CPU into logical devices afterwards raises "Virtual devices cannot be modified after being initialized". Configure logical devices at the very top, before any TensorFlow op runs (restart the kernel).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(1)
poses = tf.constant(rng.normal(size=(256, 6)).astype(np.float32))
poses = (poses - tf.reduce_mean(poses, axis=0)) / tf.math.reduce_std(poses, axis=0)
# %%
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
