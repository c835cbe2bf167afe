# source: https://github.com/tensorflow/tensorflow/issues/16753
# family: other
# raises: RuntimeError
# cause: 1:4
# raise: 2:2
# culprit: set_logical_device_configuration | list_logical_devices
# expect: listing the logical devices in the first cell initialized the TensorFlow runtime, after which the CPU can no longer be split into two logical devices for the MirroredStrategy; configure the logical devices before anything touches the runtime (move the set_logical_device_configuration call to the top, or restart the kernel)
# %%
import numpy as np
import tensorflow as tf

print("logical devices:", tf.config.list_logical_devices("CPU"))
# %%
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print(strategy.num_replicas_in_sync)
