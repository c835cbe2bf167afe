# source: https://github.com/jmiller656/EDSR-Tensorflow/issues/45
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 2:2, 2:4
# raise: 3:2
# culprit: IMG_SIZE | 256256
# expect: The size flag "256,256" is turned into an int by deleting the comma, so IMG_SIZE is 256256 and tf.image.resize asks for a [2, 256256, 256256, 3] float tensor: "OOM when allocating tensor". Parse the flag into (height, width) with split(",").
# %%
import numpy as np
import tensorflow as tf

FLAGS = {"imgsize": "256,256", "scale": 2, "batch": 2}
rng = np.random.default_rng(29)
low_res = tf.constant(rng.random((FLAGS["batch"], 48, 48, 3)).astype("float32"))
# %%
def parse_size(flag):
    return int(flag.replace(",", ""))

IMG_SIZE = parse_size(FLAGS["imgsize"])
# %%
def make_training_pair(lr_batch):
    hr = tf.image.resize(lr_batch, [IMG_SIZE, IMG_SIZE])
    lr = tf.image.resize(hr, [IMG_SIZE // FLAGS["scale"], IMG_SIZE // FLAGS["scale"]])
    return lr, hr

lr_in, hr_target = make_training_pair(low_res)
