# source: https://github.com/google/automl/issues/755
# family: other
# raises: ValueError
# cause: 2:1
# raise: 3:5
# culprit: strategy.scope | colocate_vars_with
# expect: The detector's variables were created outside MirroredStrategy.scope() (only the optimizer was built inside it), so when apply_gradients creates its slot variables colocated with those ordinary variables the strategy refuses. Build the model inside the same `with strategy.scope():` block as the optimizer.
# %%
import numpy as np
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
import keras

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print("replicas:", strategy.num_replicas_in_sync)
rng = np.random.default_rng(47)
features = rng.random((16, 10)).astype(np.float32)
targets = rng.random((16, 1)).astype(np.float32)
# %%
detector = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
with strategy.scope():
    optimizer = keras.optimizers.Adam(1e-3)
dist_ds = strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((features, targets)).batch(8))
# %%
def replica_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(detector(x, training=True) - y))
    grads = tape.gradient(loss, detector.trainable_variables)
    optimizer.apply_gradients(zip(grads, detector.trainable_variables))
    return loss

for x, y in dist_ds:
    per_replica = strategy.run(replica_step, args=(x, y))
    print(strategy.reduce(tf.distribute.ReduceOp.MEAN, per_replica, axis=None))
