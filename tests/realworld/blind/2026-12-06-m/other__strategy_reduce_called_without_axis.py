# source: https://github.com/tensorflow/tensorflow/issues/33388
# family: other
# raises: TypeError
# cause: 2:17
# raise: 3:3
# culprit: strategy.reduce | axis
# expect: train_step returns strategy.reduce(SUM, per_example_losses) without the required axis argument; Strategy.reduce(reduce_op, value, axis) needs axis (None to reduce only across replicas, 0 to also sum over the batch). Pass axis=0 (or reduce the per-replica loss to a scalar first and use axis=None).
# %%
import numpy as np
import tensorflow as tf
import keras

cpus = tf.config.list_physical_devices("CPU")
tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration()] * 2)
mirrored_strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print("replicas:", mirrored_strategy.num_replicas_in_sync)
# %%
global_batch_size = 8
with mirrored_strategy.scope():
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
    optimizer = keras.optimizers.Adam(learning_rate=0.001)

def step_fn(features, labels):
    with tf.GradientTape() as tape:
        per_example = tf.reduce_sum(tf.square(model(features) - labels), axis=1)
        loss = tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return per_example

@tf.function
def train_step(features, labels):
    per_example_losses = mirrored_strategy.run(step_fn, args=(features, labels))
    return mirrored_strategy.reduce(tf.distribute.ReduceOp.SUM, per_example_losses)
# %%
dataset = tf.data.Dataset.from_tensors(([1.0], [1.0])).repeat(32).batch(global_batch_size)
for features, labels in mirrored_strategy.experimental_distribute_dataset(dataset):
    print(float(train_step(features, labels)))
