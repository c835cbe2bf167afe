# source: https://github.com/tensorflow/tensorflow/issues/26709
# family: other
# raises: AssertionError
# cause: 2:1
# raise: 3:3
# culprit: regressor | strategy.scope
# expect: regressor (and its variables) was created before entering strategy.scope(), so its weights are ordinary variables, not mirrored ones; the optimizer built under the MirroredStrategy scope then fails (a bare AssertionError inside the distributed update step) on the first fit step; create the model inside the `with strategy.scope():` block together with compile
# %%
import numpy as np
import tensorflow as tf
import keras
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
# %%
regressor = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
features = np.ones((10000, 1), dtype="float32")
targets = np.ones((10000, 1), dtype="float32")
# %%
with strategy.scope():
    regressor.compile(optimizer=keras.optimizers.SGD(0.2), loss="mse")
regressor.fit(features, targets, batch_size=10, epochs=1, verbose=0)
