# source: https://github.com/tensorflow/tensorflow/issues/41773
# family: other
# raises: RuntimeError
# cause: 3:3
# raise: 3:3
# culprit: train_on_batch | strategy.run
# expect: model.train_on_batch already distributes the step over the strategy's replicas and must be called in cross-replica context; wrapping it in strategy.run calls it from inside each replica. Call model.train_on_batch(xb, yb) directly under the strategy (or write a custom step for strategy.run).
# %%
import numpy as np
import tensorflow as tf
import keras
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
rng = np.random.default_rng(27)
x_train = rng.random((64, 28, 28), dtype=np.float32)
y_train = rng.integers(0, 10, 64)
# %%
with strategy.scope():
    model = keras.Sequential([
        keras.Input((28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10),
    ])
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
for start in range(0, 64, 32):
    xb, yb = x_train[start:start + 32], y_train[start:start + 32]
    loss = strategy.run(model.train_on_batch, args=(xb, yb))
