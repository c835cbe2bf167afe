# source: https://github.com/dpressel/rude-carnie/issues/63
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Each graph gets its own initializer and its own session (Session(graph=...)), and every fetch belongs to the session's graph; nothing is wrong even though both graphs define a variable called "w".
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

spam_graph = tf.Graph()
with spam_graph.as_default():
    spam_x = tf.compat.v1.placeholder(tf.float32, [None, 3])
    spam_w = tf.Variable(tf.ones([3, 1]), name="w")
    spam_score = tf.sigmoid(tf.matmul(spam_x, spam_w))
    spam_init = tf.compat.v1.global_variables_initializer()

topic_graph = tf.Graph()
with topic_graph.as_default():
    topic_x = tf.compat.v1.placeholder(tf.float32, [None, 3])
    topic_w = tf.Variable(tf.fill([3, 4], 0.5), name="w")
    topic_probs = tf.nn.softmax(tf.matmul(topic_x, topic_w))
    topic_init = tf.compat.v1.global_variables_initializer()
# %%
spam_sess = tf.compat.v1.Session(graph=spam_graph)
spam_sess.run(spam_init)
topic_sess = tf.compat.v1.Session(graph=topic_graph)
topic_sess.run(topic_init)
# %%
emails = np.random.RandomState(0).rand(5, 3).astype(np.float32)
print(spam_sess.run(spam_score, {spam_x: emails}).ravel())
print(topic_sess.run(topic_probs, {topic_x: emails}).argmax(axis=1))
