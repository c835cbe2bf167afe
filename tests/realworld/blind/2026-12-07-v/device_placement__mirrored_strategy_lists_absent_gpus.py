# source: https://github.com/DeepRegNet/DeepReg/issues/546
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:3
# raise: 2:1
# culprit: replica_devices | MirroredStrategy
# expect: MirroredStrategy was handed two GPU devices that this CPU-only machine does not have; with soft placement disabled, setting up the replicas on /gpu:0 cannot be satisfied. Build the device list from tf.config.list_logical_devices (or fall back to the default strategy when fewer than two GPUs exist).
# %%
import tensorflow as tf
tf.config.set_soft_device_placement(False)
replica_devices = ["/gpu:0", "/gpu:1"]
# %%
strategy = tf.distribute.MirroredStrategy(replica_devices)
with strategy.scope():
    head = tf.keras.layers.Dense(3)
    head.build((None, 5))
