# source: https://github.com/tensorflow/tensorflow/issues/33651
# family: none
# raises: NONE
# cause: 4:2
# raise: NONE
# culprit: experimental_distribute_dataset
# expect: Nothing is wrong: the model and optimizer are created in the strategy scope, the loop iterates the distributed dataset, runs the step through strategy.run and reduces the per-replica losses scaled by the global batch size. No error and no warning.
# %%
import numpy as np
import tensorflow as tf
import keras
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
GLOBAL_BATCH = 8
rng = np.random.default_rng(32)
features = rng.normal(size=(32, 5)).astype("float32")
targets = rng.normal(size=(32, 1)).astype("float32")
# %%
with strategy.scope():
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
    optimizer = keras.optimizers.SGD(0.05)
train_dataset = tf.data.Dataset.from_tensor_slices((features, targets)).batch(GLOBAL_BATCH)
train_dist_dataset = strategy.experimental_distribute_dataset(train_dataset)
# %%
def train_step(inputs):
    xb, yb = inputs
    with tf.GradientTape() as tape:
        per_example = tf.reduce_sum(tf.square(model(xb) - yb), axis=-1)
        loss = tf.nn.compute_average_loss(per_example, global_batch_size=GLOBAL_BATCH)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss

@tf.function
def distributed_train_step(inputs):
    per_replica = strategy.run(train_step, args=(inputs,))
    return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)
# %%
total = 0.0
for batch in train_dist_dataset:
    total += float(distributed_train_step(batch))
print("epoch loss", total / 4)
