# source: https://github.com/albumentations-team/albumentations_examples/pull/10
# family: other
# raises: ValueError
# cause: 2:2, 2:7
# raise: 3:7
# culprit: py_function | set_shape
# expect: tf.py_function returns tensors of unknown shape, so after the map the dataset's element_spec has no rank, and the Sequential model (which has no Input) cannot infer the input shape to build its layers. Restore the shape after the py_function, e.g. img.set_shape((32, 32, 3)); label.set_shape(()) (or use tf.ensure_shape).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(19)
images = rng.random((40, 32, 32, 3)).astype("float32")
labels = rng.integers(0, 5, size=40)

def augment(image):
    image = image.numpy()
    if rng.random() < 0.5:
        image = image[:, ::-1, :]
    return np.clip(image + rng.normal(scale=0.02, size=image.shape), 0, 1).astype("float32")
# %%
def process(image, label):
    aug = tf.py_function(func=augment, inp=[image], Tout=tf.float32)
    return aug, label

ds = tf.data.Dataset.from_tensor_slices((images, labels))
ds = ds.shuffle(40)
ds = ds.map(process, num_parallel_calls=tf.data.AUTOTUNE)
ds = ds.batch(8).prefetch(tf.data.AUTOTUNE)
print(ds.element_spec)
# %%
model = keras.Sequential([
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(5, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(ds, epochs=1, verbose=0)
