# source: https://github.com/dmonterom/face_recognition_TF2/issues/4
# family: other
# raises: ValueError
# cause: 2:7
# raise: 4:13
# culprit: embedder | strategy.scope | colocate_vars_with
# expect: Only the optimizer is created under strategy.scope(); the embedder's variables were created outside it (cell 2), so when the SGD-with-momentum optimizer makes its slot variables inside strategy.run it cannot colocate them ("`colocate_vars_with` must only be passed a variable created in this tf.distribute.Strategy.scope()"). Build the model (and the optimizer) inside `with strategy.scope():`.
# %%
import tensorflow as tf
cpus = tf.config.list_physical_devices("CPU")
tf.config.set_logical_device_configuration(
    cpus[0], [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
import numpy as np
import keras

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
GLOBAL_BATCH = 16
N_IDS = 5
print("replicas:", strategy.num_replicas_in_sync)
# %%
def build_embedder(emb_dim=32):
    return keras.Sequential([keras.Input((24, 24, 1)),
                             keras.layers.Conv2D(8, 3, activation="relu"),
                             keras.layers.GlobalAveragePooling2D(),
                             keras.layers.Dense(emb_dim, activation="relu"),
                             keras.layers.Dense(N_IDS)])
embedder = build_embedder()
# %%
with strategy.scope():
    optimizer = keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)
# %%
rng = np.random.default_rng(1)
faces = rng.random((32, 24, 24, 1)).astype("float32")
ids = rng.integers(0, N_IDS, size=32)
dist_ds = strategy.experimental_distribute_dataset(
    tf.data.Dataset.from_tensor_slices((faces, ids)).batch(GLOBAL_BATCH))

def step_fn(images, labels):
    with tf.GradientTape() as tape:
        logits = embedder(images, training=True)
        per_example = keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
        loss = tf.nn.compute_average_loss(per_example, global_batch_size=GLOBAL_BATCH)
    grads = tape.gradient(loss, embedder.trainable_variables)
    optimizer.apply_gradients(zip(grads, embedder.trainable_variables))
    return loss

for images, labels in dist_ds:
    per_replica = strategy.run(step_fn, args=(images, labels))
    print(strategy.reduce("SUM", per_replica, axis=None))
