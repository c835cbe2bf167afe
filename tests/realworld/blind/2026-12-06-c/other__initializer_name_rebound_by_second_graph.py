# source: http://goingmyway.cn/2017/07/14/Understanding-Session-and-Graph/
# family: other
# raises: ValueError
# cause: 2:5
# raise: 3:2
# culprit: init | aux_graph
# expect: `init` was rebound in the second cell to the initializer of aux_graph, so running it in a session on clf_graph fails with "is not an element of this graph"; keep one initializer name per graph (e.g. clf_init) and run clf_graph's own initializer.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

clf_graph = tf.Graph()
with clf_graph.as_default():
    feats = tf.compat.v1.placeholder(tf.float32, [None, 4], name="feats")
    w = tf.Variable(tf.random.normal([4, 2], seed=1), name="w")
    scores = tf.matmul(feats, w)
    init = tf.compat.v1.global_variables_initializer()
# %%
aux_graph = tf.Graph()
with aux_graph.as_default():
    counter = tf.Variable(0, name="counter")
    bump = counter.assign_add(1)
    init = tf.compat.v1.global_variables_initializer()
# %%
sess = tf.compat.v1.Session(graph=clf_graph)
sess.run(init)
print(sess.run(scores, {feats: np.ones((2, 4), np.float32)}))
