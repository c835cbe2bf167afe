# source: https://github.com/ftramer/ensemble-adv-training/issues/4
# family: missing_gradient
# raises: ValueError
# cause: 3:3
# raise: 3:4
# culprit: logits | cnn_tape
# expect: The training loop runs the model (logits = model(images)) before train_step opens its GradientTape, so the tape only records the loss computed from an already-finished tensor and every gradient is None; apply_gradients then reports that no gradients were provided. Call the model inside the tape (pass the images to train_step and compute logits there).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(19)
train_images = rng.random((64, 28, 28, 1)).astype(np.float32)
train_labels = rng.integers(0, 10, size=64)
train_ds = tf.data.Dataset.from_tensor_slices((train_images, train_labels)).batch(16)
# %%
model = keras.Sequential([
    keras.Input((28, 28, 1)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(10),
])
cross_entropy = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
cnn_optimizer = keras.optimizers.Adam(1e-3)

def train_step(logits, labels):
    with tf.GradientTape() as cnn_tape:
        loss = cross_entropy(labels, logits)
    gradient_of_cnn = cnn_tape.gradient(loss, model.trainable_variables)
    cnn_optimizer.apply_gradients(zip(gradient_of_cnn, model.trainable_variables))
    return loss
# %%
for epoch in range(2):
    for image_batch, label_batch in train_ds:
        logits = model(image_batch, training=True)
        loss = train_step(logits, label_batch)
    print("epoch", epoch, float(loss))
