# source: https://github.com/modelscope/modelscope/issues/741
# family: variable_not_found
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: generator | reuse
# expect: the inference graph is the first and only build of the generator, but it is entered with reuse=True, so get_variable looks for generator/Conv/weights, which was never created in this graph; build it with reuse=False (or tf.AUTO_REUSE) and then restore the checkpoint into the created variables
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
# %%
def conv(x, out_ch, name):
    with v1.variable_scope(name):
        w = v1.get_variable("weights", [3, 3, int(x.shape[-1]), out_ch])
        b = v1.get_variable("biases", [out_ch], initializer=v1.zeros_initializer())
        return tf.nn.relu(tf.nn.conv2d(x, w, strides=1, padding="SAME") + b)


def generator(x, reuse):
    with v1.variable_scope("generator", reuse=reuse):
        h = conv(x, 16, "Conv")
        h = conv(h, 16, "Conv_1")
        return conv(h, 3, "Conv_2")
# %%
photo = v1.placeholder(tf.float32, [1, 32, 32, 3], name="photo")
cartoon = generator(photo, reuse=True)
