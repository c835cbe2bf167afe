# source: https://github.com/google-parfait/tensorflow-federated/issues/815
# family: other
# raises: TypeError
# cause: 1:7, 2:1
# raise: 3:2
# culprit: batch_format_fn | from_tensor_slices
# expect: batch_format_fn takes one element and indexes it like the EMNIST OrderedDict (element["pixels"], element["label"]), but the client dataset is built from a (pixels, label) tuple, so Dataset.map calls it with two arguments ("takes 1 positional argument but 2 were given"). Build the dataset from a dict (collections.OrderedDict(pixels=..., label=...)) or give the function two parameters.
# %%
import collections
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(27)
client_images = rng.random((40, 28, 28)).astype("float32")
client_labels = rng.integers(0, 10, 40).astype("int32")
def batch_format_fn(element):
    return collections.OrderedDict(
        x=tf.reshape(element["pixels"], [-1, 784]),
        y=tf.reshape(element["label"], [-1, 1]))
# %%
client_ds = tf.data.Dataset.from_tensor_slices((client_images, client_labels))
# %%
def preprocess(dataset):
    return dataset.repeat(2).shuffle(40, seed=1).batch(20).map(batch_format_fn)
train_client = preprocess(client_ds)
