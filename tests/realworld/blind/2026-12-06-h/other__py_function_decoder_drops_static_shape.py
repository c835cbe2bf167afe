# source: https://github.com/tensorflow/tensorflow/issues/49238
# family: other
# raises: ValueError
# cause: 2:6, 2:7
# raise: 4:1
# culprit: py_function | set_shape
# expect: tf.py_function returns tensors of unknown rank, so after the map the dataset's image spec has no shape and Keras cannot build the model from it ("as_list() is not defined on an unknown TensorShape" / unknown rank). Restore the static shape inside the map function (image.set_shape([32, 32, 3]); label.set_shape([5])) or use TensorFlow image ops instead of py_function.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(90)
raw_images = rng.integers(0, 255, size=(40, 32, 32, 3), dtype=np.uint8)
multi_hot = (rng.random((40, 5)) > 0.6).astype("float32")
# %%
def decode_and_scale(image, tags):
    scaled = image.numpy().astype("float32") / 255.0
    return scaled, tags.numpy()

def load_example(image, tags):
    image, tags = tf.py_function(decode_and_scale, [image, tags], [tf.float32, tf.float32])
    return image, tags

coco_like = tf.data.Dataset.from_tensor_slices((raw_images, multi_hot)).map(load_example).batch(8)
# %%
alexnet_small = keras.Sequential([
    keras.layers.Conv2D(8, 5, strides=2, activation="relu"),
    keras.layers.MaxPooling2D(2),
    keras.layers.Flatten(),
    keras.layers.Dense(5, activation="sigmoid"),
])
alexnet_small.compile(optimizer="adam", loss="binary_crossentropy")
# %%
alexnet_small.fit(coco_like, epochs=1, verbose=0)
