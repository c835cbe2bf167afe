# source: https://github.com/lzx551402/contextdesc/issues/12
# family: feed_mismatch
# raises: TypeError
# cause: 1:5, 2:2
# raise: 2:2
# culprit: input/img:0 | input/image
# expect: The feed key "input/img:0" names a tensor that does not exist; the placeholder was created as "input/image" (so its tensor is "input/image:0"). Feed the placeholder object itself or its real name.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
with tf.compat.v1.name_scope("input"):
    img = tf.compat.v1.placeholder(tf.float32, [None, 32, 32, 1], name="image")
descriptor = tf.reduce_mean(img, axis=[1, 2])
sess = tf.compat.v1.Session()
# %%
patch = np.random.rand(4, 32, 32, 1).astype("float32")
desc = sess.run(descriptor, feed_dict={"input/img:0": patch})
