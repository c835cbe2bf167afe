# source: https://github.com/tensorflow/tensorflow/issues/33086
# family: other
# raises: RuntimeError
# cause: 2:1
# raise: 3:3
# culprit: strategy.scope | get_model
# expect: the model's variables were created by get_model() outside strategy.scope(), so they are ordinary (non-mirrored) variables; compiling inside the scope ties the optimizer to the MirroredStrategy, and fit then complains that it needs to be inside the strategy scope. Build the model inside `with strategy.scope():` together with compile.
# %%
import numpy as np
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
train_x = np.random.rand(64, 10).astype("float32")
train_y = np.random.randint(0, 2, size=(64, 1)).astype("float32")

def get_model():
    return keras.Sequential([keras.Input((10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
# %%
model = get_model()
with strategy.scope():
    model.compile(optimizer="adam", loss="binary_crossentropy")
# %%
print("replicas:", strategy.num_replicas_in_sync)
train_ds = tf.data.Dataset.from_tensor_slices((train_x, train_y)).batch(16)
model.fit(train_ds, epochs=1, verbose=0)
