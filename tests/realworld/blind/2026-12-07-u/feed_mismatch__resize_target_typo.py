# source: https://github.com/MicrosoftDocs/azure-docs/issues/22973
# family: feed_mismatch
# raises: ValueError
# cause: 1:6
# raise: 3:3
# culprit: input_node | RESIZE_TO
# expect: the exported classifier's input placeholder expects (None, 227, 227, 3), but the preprocessing cell resizes the image to RESIZE_TO = 277 (a digit swap), so feeding [augmented_image] gives a (1, 277, 277, 3) batch that does not fit. Resize to 227x227.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
NETWORK_INPUT = 227
RESIZE_TO = 277
# %%
graph = tf.Graph()
with graph.as_default():
    input_node = tf1.placeholder(tf.float32, [None, NETWORK_INPUT, NETWORK_INPUT, 3], name="Placeholder")
    pooled = tf.reduce_mean(input_node, axis=[1, 2])
    w = tf1.get_variable("fc/w", [3, 5])
    prob_tensor = tf.nn.softmax(tf.matmul(pooled, w), name="loss")
    init = tf1.global_variables_initializer()
raw = (np.random.rand(480, 640, 3) * 255).astype(np.uint8)
h, w0 = raw.shape[:2]
side = min(h, w0)
crop = raw[(h - side) // 2:(h + side) // 2, (w0 - side) // 2:(w0 + side) // 2]
idx = np.linspace(0, side - 1, RESIZE_TO).astype(int)
augmented_image = crop[idx][:, idx].astype(np.float32)
# %%
with tf1.Session(graph=graph) as sess:
    sess.run(init)
    predictions, = sess.run(prob_tensor, {input_node: [augmented_image]})
    print(np.argmax(predictions))
