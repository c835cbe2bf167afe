# family: none
# raises: NONE
# culprit: -
import tempfile
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(2)])
optimizer = tf.keras.optimizers.Adam(1e-3)
ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer)
manager = tf.train.CheckpointManager(ckpt, tempfile.mkdtemp(), max_to_keep=3)
status = ckpt.restore(manager.latest_checkpoint)
x = tf.random.normal([8, 3])
for _ in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(model(x) ** 2)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
manager.save()
print(float(loss))
