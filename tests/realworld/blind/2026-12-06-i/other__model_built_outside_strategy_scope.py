# source: https://github.com/keras-team/keras/issues/20045
# family: other
# raises: RuntimeError
# cause: 2:1
# raise: 3:2
# culprit: strategy.scope | model
# expect: The model (and its variables) is created outside strategy.scope(), only compile() is inside, so fit() under the MirroredStrategy over the two logical CPUs fails with "Need to be inside with strategy.scope()". Build the model inside the scope too.
# %%
import tensorflow as tf
cpus = tf.config.list_physical_devices("CPU")
tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
import numpy as np
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
# %%
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
with strategy.scope():
    model.compile(optimizer="adam", loss="mse")
# %%
rng = np.random.default_rng(0)
model.fit(rng.random((32, 8)), rng.random((32, 1)), batch_size=8, epochs=1, verbose=0)
