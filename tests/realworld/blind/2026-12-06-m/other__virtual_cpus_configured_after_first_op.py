# source: https://github.com/huggingface/transformers/issues/1507
# family: other
# raises: RuntimeError
# cause: 1:7, 2:2
# raise: 2:2
# culprit: set_logical_device_configuration
# expect: The tf.constant/tf.reduce_mean calls in the data cell already initialized the TensorFlow runtime, after which the CPU cannot be split into logical devices any more. Call tf.config.set_logical_device_configuration before any tensor is created (first thing after importing TensorFlow), or restart the kernel.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(6)
raw_features = rng.normal(loc=3.0, scale=2.0, size=(128, 10)).astype("float32")
labels = rng.integers(0, 2, size=128)
feature_mean = tf.reduce_mean(tf.constant(raw_features), axis=0)
normalized = (raw_features - feature_mean.numpy()) / raw_features.std(axis=0)
# %%
cpus = tf.config.list_physical_devices("CPU")
tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
