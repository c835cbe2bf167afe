# source: https://github.com/tensorflow/tensorflow/issues/31373
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing is wrong: the NumPy preprocessing is wrapped in tf.numpy_function with a matching float32 output, and tf.ensure_shape restores the static (28, 28, 1) shape, so the Sequential model without an Input layer can still infer its input shape and train.
# %%
import numpy as np
import tensorflow as tf
import keras

def preprocess_image(img):
    img = img.astype(np.float32) / 255.0
    return np.clip((img - img.mean()) / (img.std() + 1e-6), -3, 3).astype(np.float32)

rng = np.random.default_rng(0)
raw_images = rng.integers(0, 256, size=(32, 28, 28, 1)).astype(np.uint8)
digit_labels = rng.integers(0, 10, size=32)
# %%
def tf_preprocess(img, label):
    img = tf.numpy_function(preprocess_image, [img], tf.float32)
    img = tf.ensure_shape(img, (28, 28, 1))
    return img, label

ds = tf.data.Dataset.from_tensor_slices((raw_images, digit_labels)).map(tf_preprocess).batch(8)
# %%
model = keras.Sequential([
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.Flatten(),
    keras.layers.Dense(10),
])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(ds, epochs=1, verbose=0)
print(model.output_shape)
