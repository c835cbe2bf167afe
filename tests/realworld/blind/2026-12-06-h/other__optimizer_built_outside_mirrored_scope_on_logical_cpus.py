# source: https://github.com/GoogleCloudPlatform/practical-ml-vision-book/issues/19
# family: other
# raises: RuntimeError
# cause: 2:1
# raise: 3:1
# culprit: optimizer | strategy.scope
# expect: The model is created and compiled under MirroredStrategy (two logical CPU devices), but the Adam optimizer object was constructed before entering strategy.scope(), so its variables belong to the default strategy and fit fails with "Mixing different tf.distribute.Strategy objects". Create the optimizer inside the with strategy.scope() block (or pass the string "adam" to compile).
# %%
import numpy as np
import tensorflow as tf
import keras

cpus = tf.config.list_physical_devices("CPU")
tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print("replicas:", strategy.num_replicas_in_sync)
rng = np.random.default_rng(170)
flowers = rng.random((64, 32, 32, 3)).astype("float32")
flower_ids = rng.integers(0, 5, size=64)
# %%
optimizer = keras.optimizers.Adam(learning_rate=1e-3)
with strategy.scope():
    model = keras.Sequential([
        keras.Input((32, 32, 3)),
        keras.layers.Conv2D(8, 3, activation="relu"),
        keras.layers.GlobalAveragePooling2D(),
        keras.layers.Dense(5, activation="softmax"),
    ])
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
history = model.fit(flowers, flower_ids, batch_size=16, epochs=1, verbose=0)
