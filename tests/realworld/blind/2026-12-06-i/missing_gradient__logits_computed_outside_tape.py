# source: https://github.com/tensorflow/tensorflow/issues/28836
# family: missing_gradient
# raises: ValueError
# cause: 3:3
# raise: 3:4
# culprit: logits | train_step
# expect: The training loop calls the model outside the GradientTape and passes the finished logits into train_step, so the tape never sees the model's variables and all gradients are None. Call cnn(images) inside the tape in train_step.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(2)
images = rng.random((32, 16, 16, 1)).astype("float32")
labels = rng.integers(0, 10, size=32)
train_ds = tf.data.Dataset.from_tensor_slices((images, labels)).batch(8)
cnn = keras.Sequential([keras.Input((16, 16, 1)), keras.layers.Conv2D(8, 3, activation="relu"),
                        keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(10)])
cross_entropy = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
cnn_optimizer = keras.optimizers.Adam(1e-3)
# %%
def train_step(logits, labels):
    with tf.GradientTape() as cnn_tape:
        loss = cross_entropy(labels, logits)
    gradient_of_cnn = cnn_tape.gradient(loss, cnn.trainable_variables)
    cnn_optimizer.apply_gradients(zip(gradient_of_cnn, cnn.trainable_variables))
    return loss
# %%
for epoch in range(1):
    for image_batch, label_batch in train_ds:
        logits = cnn(image_batch, training=True)
        train_step(logits, label_batch)
