# source: https://github.com/tensorflow/tensorflow/issues/36392
# family: none
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: strategy.scope
# expect: Correct code: with two logical CPU devices as replicas, the model and its optimizer are both created inside strategy.scope(), and the GradientTape step runs through strategy.run on a distributed dataset, so the optimizer slots are mirrored like the weights. No error or warning.
# %%
import numpy as np
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
import keras

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
rng = np.random.default_rng(55)
images = rng.random((32, 8, 8, 1)).astype(np.float32)
labels = rng.integers(0, 3, size=32)
GLOBAL_BATCH = 8
# %%
with strategy.scope():
    model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(4, 3, activation="relu"), keras.layers.Flatten(), keras.layers.Dense(3)])
    optimizer = keras.optimizers.SGD(0.05)
    loss_obj = keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="none")
dist_ds = strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((images, labels)).batch(GLOBAL_BATCH))
# %%
def train_step(x, y):
    with tf.GradientTape() as tape:
        per_example = loss_obj(y, model(x, training=True))
        loss = tf.nn.compute_average_loss(per_example, global_batch_size=GLOBAL_BATCH)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss

@tf.function
def distributed_step(x, y):
    per_replica = strategy.run(train_step, args=(x, y))
    return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

for x, y in dist_ds:
    print(float(distributed_step(x, y)))
