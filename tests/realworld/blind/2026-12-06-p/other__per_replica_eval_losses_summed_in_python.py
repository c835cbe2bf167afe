# source: https://github.com/leondgarse/Keras_insightface/issues/68
# family: other
# raises: TypeError
# cause: 3:4
# raise: 3:4
# culprit: strategy.run | PerReplica | strategy.reduce
# expect: strategy.run returns a PerReplica value (one loss per logical CPU replica); adding it to a Python float in the evaluation loop raises "unsupported operand type(s) for +: 'float' and 'PerReplica'". Reduce it first with strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica_loss, axis=None).
# %%
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration(),
                                                 tf.config.LogicalDeviceConfiguration()])
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
# %%
import keras

rng = np.random.default_rng(24)
faces = rng.random((16, 10)).astype("float32")
ids = rng.integers(0, 4, 16)
with strategy.scope():
    embedder = keras.Sequential([keras.Input((10,)), keras.layers.Dense(4)])
eval_ds = strategy.experimental_distribute_dataset(
    tf.data.Dataset.from_tensor_slices((faces, ids)).batch(8))

@tf.function
def eval_step(x, y):
    logits = embedder(x, training=False)
    return tf.reduce_sum(tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
# %%
total_loss = 0.0
n_batches = 0
for x, y in eval_ds:
    total_loss = total_loss + strategy.run(eval_step, args=(x, y))
    n_batches += 1
print(total_loss / n_batches)
