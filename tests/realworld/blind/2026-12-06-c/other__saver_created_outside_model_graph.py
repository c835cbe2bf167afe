# source: https://github.com/williamleif/GraphSAGE/issues/1
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: Saver | model_graph
# expect: The model's variables live in model_graph, but the Saver is created in the (empty) default graph outside `with model_graph.as_default()`, hence "No variables to save"; create the Saver inside the model_graph context.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

model_graph = tf.Graph()
with model_graph.as_default():
    ratings_in = tf.compat.v1.placeholder(tf.float32, [None, 5], name="ratings_in")
    score_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="score_in")
    weights = tf.Variable(tf.random.normal([5, 1], stddev=0.1), name="weights")
    loss = tf.reduce_mean(tf.square(tf.matmul(ratings_in, weights) - score_in))
    train_op = tf.compat.v1.train.GradientDescentOptimizer(0.05).minimize(loss)
    init = tf.compat.v1.global_variables_initializer()
# %%
rng = np.random.RandomState(4)
ratings = rng.rand(30, 5).astype(np.float32)
scores = ratings.mean(axis=1, keepdims=True)
sess = tf.compat.v1.Session(graph=model_graph)
sess.run(init)
for _ in range(10):
    sess.run(train_op, {ratings_in: ratings, score_in: scores})
# %%
saver = tf.compat.v1.train.Saver()
saver.save(sess, "/tmp/blind3_ratings/model.ckpt")
