# source: https://github.com/huggingface/transformers/issues/8448
# family: other
# raises: RuntimeError
# cause: 3:1
# raise: 4:4
# culprit: ranker | strategy.scope
# expect: The model (and so its variables) was created before and outside `with strategy.scope()`, and only compile() runs inside the scope, so fit() under the MirroredStrategy fails with "Need to be inside with strategy.scope()". Create the model, the optimizer and compile all inside the same strategy.scope() block.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
host_cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    host_cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
print(tf.config.list_logical_devices("CPU"))
# %%
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print("replicas:", strategy.num_replicas_in_sync)
# %%
ranker = keras.Sequential([keras.Input(shape=(8,)), keras.layers.Dense(16, activation="relu"),
                           keras.layers.Dense(1)])
rng = np.random.default_rng(1)
feats, scores = rng.random((64, 8)).astype("float32"), rng.random((64, 1)).astype("float32")
# %%
with strategy.scope():
    opt = keras.optimizers.RMSprop(1e-3)
    ranker.compile(optimizer=opt, loss="mse")
ranker.fit(feats, scores, batch_size=16, epochs=1, verbose=0)
