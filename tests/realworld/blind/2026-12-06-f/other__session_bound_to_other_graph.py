# source: https://github.com/tensorflow/tensorflow/issues/3706
# family: other
# raises: TypeError
# cause: 2:5, 2:1
# raise: 3:3
# culprit: dream_grad | graph
# expect: the session was created on eval_graph, but dream_grad was built afterwards in the default graph, so it is not an element of the session's graph; build the ops inside `with eval_graph.as_default():` (or create the session on the graph that holds them).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

eval_graph = tf.Graph()
with eval_graph.as_default():
    img_in = tf.compat.v1.placeholder(tf.float32, [None, 24, 24, 3], name="img_in")
    feat_k = tf.Variable(tf.random.normal([3, 3, 3, 4]), name="feat_k")
    feats = tf.nn.conv2d(img_in, feat_k, 1, "SAME")
    init = tf.compat.v1.global_variables_initializer()
# %%
sess = tf.compat.v1.Session(graph=eval_graph)
sess.run(init)
print("model restored into eval_graph")

dream_in = tf.compat.v1.placeholder(tf.float32, [None, 24, 24, 3], name="dream_in")
score = tf.reduce_mean(tf.square(dream_in))
dream_grad = tf.gradients(score, dream_in)[0]
# %%
start = np.random.RandomState(2).rand(1, 24, 24, 3).astype(np.float32)
for octave in range(2):
    g = sess.run(dream_grad, feed_dict={dream_in: start})
    start = start + 0.1 * g
