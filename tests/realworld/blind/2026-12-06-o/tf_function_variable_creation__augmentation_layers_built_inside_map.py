# source: https://github.com/keras-team/keras/issues/15358
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:2, 2:3
# raise: 3:1
# culprit: RandomFlip | augment
# expect: augment() constructs new RandomFlip/RandomRotation layers on every call; Dataset.map traces it as a graph function and each Keras 3 random layer creates a SeedGenerator state variable during tracing, which tf.function forbids ("only supports singleton tf.Variables created on the first call"). Create the augmentation layers once outside the mapped function and only call them inside it.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(181)
leaf_imgs = rng.random((12, 32, 32, 3)).astype("float32")
leaf_labels = rng.integers(0, 3, size=12)
base_ds = tf.data.Dataset.from_tensor_slices((leaf_imgs, leaf_labels))
# %%
def augment(image, label):
    image = keras.layers.RandomFlip("horizontal")(image)
    image = keras.layers.RandomRotation(0.1)(image)
    return image, label
# %%
train_ds = base_ds.map(augment).batch(4)
for imgs, labels in train_ds.take(1):
    print(imgs.shape)
