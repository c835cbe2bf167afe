# source: https://github.com/tensorflow/tensorflow/issues/28859
# family: feed_mismatch
# raises: TypeError
# cause: 2:1, 2:2
# raise: 2:7
# culprit: image_in | Placeholder
# expect: Cell 2 reset the default graph and rebuilt the model on a new placeholder (batch_in), but the feed still uses image_in from cell 1, which belongs to the old graph ("is not an element of this graph"). Feed the placeholder of the current graph.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
image_in = tf.compat.v1.placeholder(tf.float32, [None, 7, 7, 3])
# %%
tf.compat.v1.reset_default_graph()
batch_in = tf.compat.v1.placeholder(tf.float32, [None, 7, 7, 3])
filters = tf.Variable(tf.random.normal([7, 7, 3, 64]), name="filters")
stem = tf.nn.conv2d(batch_in, filters, strides=2, padding="SAME")
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
out = sess.run(stem, {image_in: np.zeros((1, 7, 7, 3), "float32")})
