# source: https://github.com/tensorflow/tensorflow/issues/47466
# family: other
# raises: RuntimeError
# cause: 1:11
# raise: 3:1
# culprit: optimizer | strategy.scope
# expect: the Adam optimizer was created in cell 1, outside `with strategy.scope()`, while the detector's variables were created inside the MirroredStrategy scope; when fit() builds the optimizer's slot variables TensorFlow refuses to mix the default strategy with the mirrored one ("Mixing different tf.distribute.Strategy objects"). Create the optimizer (and compile) inside strategy.scope().
# %%
import numpy as np
import tensorflow as tf
import keras
cpu = tf.config.list_physical_devices("CPU")[0]
try:
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
except RuntimeError as err:
    print(err)
BATCH = 16
LR = 1e-4
optimizer = keras.optimizers.Adam(learning_rate=LR)
# %%
strategy = tf.distribute.MirroredStrategy([d.name for d in tf.config.list_logical_devices("CPU")])
with strategy.scope():
    detector = keras.Sequential([
        keras.Input((32,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(4),
    ])
detector.compile(optimizer=optimizer, loss="mse")
boxes = np.random.rand(64, 32).astype("float32")
targets = np.random.rand(64, 4).astype("float32")
# %%
detector.fit(boxes, targets, batch_size=BATCH, epochs=1, verbose=0)
