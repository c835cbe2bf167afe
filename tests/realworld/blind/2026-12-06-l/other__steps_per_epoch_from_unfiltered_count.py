# source: https://github.com/610265158/DSFD-tensorflow/issues/4
# family: other
# raises: StopIteration
# cause: 2:3
# raise: 3:5
# culprit: STEPS_PER_EPOCH | next
# expect: STEPS_PER_EPOCH is computed from the full annotation count (40 images -> 10 batches), but the pipeline drops images without faces, so one pass of the dataset only has 6 batches; the loop calls next() on the exhausted iterator and gets StopIteration. Count the batches of the filtered dataset (or loop with `for batch in dataset`, or repeat() it).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(10)
images = rng.random((40, 16, 16, 3)).astype(np.float32)
face_counts = rng.integers(0, 3, size=40)
face_counts[:24] = np.maximum(face_counts[:24], 1)
face_counts[24:] = 0
# %%
BATCH_SIZE = 4
NUM_IMAGES = len(images)
STEPS_PER_EPOCH = NUM_IMAGES // BATCH_SIZE
train_ds = (tf.data.Dataset.from_tensor_slices((images, face_counts))
            .filter(lambda img, n: n > 0)
            .map(lambda img, n: (img, tf.cast(n, tf.float32)))
            .batch(BATCH_SIZE))
detector = keras.Sequential([keras.Input((16, 16, 3)), keras.layers.Conv2D(4, 3, activation="relu"), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(1)])
optimizer = keras.optimizers.Adam(1e-3)
# %%
for epoch in range(1):
    train_iter = iter(train_ds)
    for step in range(STEPS_PER_EPOCH):
        with tf.GradientTape() as tape:
            examples, counts = next(train_iter)
            loss = tf.reduce_mean(tf.square(detector(examples, training=True)[:, 0] - counts))
        grads = tape.gradient(loss, detector.trainable_variables)
        optimizer.apply_gradients(zip(grads, detector.trainable_variables))
    print("epoch", epoch, float(loss))
