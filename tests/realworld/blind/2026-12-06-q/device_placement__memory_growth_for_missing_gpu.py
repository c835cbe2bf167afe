# source: https://github.com/frankkramer-lab/MIScnn/issues/32
# family: device_placement
# raises: IndexError
# cause: 2:2
# raise: 2:2
# culprit: physical_devices | GPU
# expect: The runtime has no visible GPU, so list_physical_devices("GPU") returns an empty list and physical_devices[0] is out of range in the memory-growth setup. Guard the setup (for gpu in physical_devices: set_memory_growth(gpu, True)) or fix the GPU install/visibility first.
# %%
import numpy as np
import tensorflow as tf
print(tf.__version__)
# %%
physical_devices = tf.config.list_physical_devices("GPU")
tf.config.experimental.set_memory_growth(physical_devices[0], True)
volumes = tf.random.normal([2, 16, 16, 16, 1])
