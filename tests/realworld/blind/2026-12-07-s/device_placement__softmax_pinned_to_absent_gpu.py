# source: https://github.com/tensorflow/models/issues/4548
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:6, 2:6
# raise: 3:2
# culprit: Predictions | DEVICE
# expect: the softmax InceptionLite/Predictions is explicitly pinned to /device:GPU:0 but this machine has no GPU and the session was created without allow_soft_placement, so placing the graph fails as soon as the session runs anything; drop the pin (or use /cpu:0), or create the session with ConfigProto(allow_soft_placement=True)
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
DEVICE = "/device:GPU:0"
# %%
images = v1.placeholder(tf.float32, [None, 64], name="images")
with v1.variable_scope("InceptionLite"):
    w = v1.get_variable("w", [64, 10])
    b = v1.get_variable("b", [10], initializer=v1.zeros_initializer())
    logits = tf.add(tf.matmul(images, w), b, name="Logits")
    with tf.device(DEVICE):
        predictions = tf.nn.softmax(logits, name="Predictions")
# %%
sess = v1.Session()
sess.run(v1.global_variables_initializer())
print(sess.run(predictions, feed_dict={images: np.random.rand(2, 64)}))
