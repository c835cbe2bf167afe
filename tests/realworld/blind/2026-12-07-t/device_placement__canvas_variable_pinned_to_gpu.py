# source: https://github.com/cysmith/neural-style-tf/issues/30
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:2, 3:1
# raise: 3:5
# culprit: canvas | /gpu:0
# expect: canvas is pinned with tf.device("/gpu:0") but this process has only a CPU, and the session does not allow soft placement, so the variable cannot be assigned a device; use "/cpu:0" (or drop the device pin, or create the session with allow_soft_placement=True)
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
content = np.random.rand(1, 64, 64, 3).astype("float32")
DEVICE = "/gpu:0"
# %%
with tf.device(DEVICE):
    canvas = tf.compat.v1.Variable(tf.zeros([1, 64, 64, 3]), name="canvas")
    style_loss = tf.reduce_mean(tf.square(canvas - content))
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sess.run(canvas.assign(content))
