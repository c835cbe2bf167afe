# source: https://github.com/tensorflow/tensorflow/issues/55713
# family: none
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: occupancy_net
# expect: Correct: the two logical CPUs back a MirroredStrategy, and the model, its optimizer and compile() are all created inside strategy.scope(); fit() may be called outside the scope. Training runs on both replicas; no error or warning should be reported.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
cpu0 = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu0, [tf.config.LogicalDeviceConfiguration()] * 2)
# %%
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
rng = np.random.default_rng(29)
grids = rng.random((64, 12, 12, 2)).astype("float32")
occupancy = rng.random((64, 12, 12, 1)).astype("float32")
# %%
with strategy.scope():
    occupancy_net = keras.Sequential([keras.Input(shape=(12, 12, 2)),
                                      keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
                                      keras.layers.Conv2D(1, 1, activation="sigmoid")])
    optimizer = keras.optimizers.Adam(1e-3)
    occupancy_net.compile(optimizer=optimizer, loss="binary_crossentropy")
# %%
occupancy_net.fit(grids, occupancy, epochs=1, batch_size=16, verbose=0)
print(strategy.num_replicas_in_sync)
