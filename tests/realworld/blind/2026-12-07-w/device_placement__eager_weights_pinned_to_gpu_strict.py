# source: https://github.com/tensorflow/tensorflow/issues/14133
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:3, 2:1
# raise: 2:2
# culprit: proj_w | /GPU:0
# expect: soft device placement was switched off in cell 1 and proj_w is created under tf.device("/GPU:0"), but this machine only has a CPU, so eager execution cannot place the variable's ops on the requested device. Remove the hard-coded GPU pin (or use "/CPU:0"), or keep soft placement on so the op falls back to the CPU.
# %%
import numpy as np
import tensorflow as tf
tf.config.set_soft_device_placement(False)
embeddings = np.random.rand(8, 16).astype(np.float32)
# %%
with tf.device("/GPU:0"):
    proj_w = tf.Variable(tf.random.normal([16, 4]), name="proj_w")
    projected = tf.matmul(embeddings, proj_w)
