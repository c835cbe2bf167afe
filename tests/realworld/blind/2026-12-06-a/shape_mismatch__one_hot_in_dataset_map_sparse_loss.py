# source: https://github.com/tensorflow/tensorflow/issues/28226
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:9
# culprit: to_example | tf.one_hot | SparseCategoricalCrossentropy
# expect: to_example one-hot encodes the label inside the tf.data map (shape (16, 6) per batch), but the model is compiled with SparseCategoricalCrossentropy, which wants integer class ids of shape (batch,). Return the integer label from the map function, or compile with CategoricalCrossentropy.
# %%
import numpy as np
import tensorflow as tf
import keras
NUM_CATEGORIES = 6
rng = np.random.default_rng(11)
thumbs = rng.random((96, 16, 16, 3)).astype("float32")
category_ids = rng.integers(0, NUM_CATEGORIES, size=96)
# %%
def to_example(image, label):
    image = tf.image.per_image_standardization(image)
    return image, tf.one_hot(label, NUM_CATEGORIES)

train_ds = (tf.data.Dataset.from_tensor_slices((thumbs, category_ids))
            .map(to_example)
            .shuffle(96, seed=0)
            .batch(16))
# %%
tagger = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(NUM_CATEGORIES),
])
tagger.compile(optimizer="adam",
               loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
tagger.fit(train_ds, epochs=1, verbose=0)
