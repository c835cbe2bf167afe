# source: https://github.com/tflearn/tflearn/issues/734
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:11, 3:1
# raise: 4:2
# culprit: Adam | Embedding/W
# expect: global_variables_initializer() ran in cell 2, before the AdamOptimizer of cell 3 created its slot variables (Embedding/W/Adam, Adam_1, beta powers), so the train step reads uninitialized Adam slots; build the optimizer (minimize) first and run the initializer afterwards, or initialize the new optimizer variables
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
rng = np.random.default_rng(0)
tokens = rng.integers(0, 500, size=(64, 3))
labels = rng.integers(0, 12, size=(64,))
# %%
x = v1.placeholder(tf.int32, [None, 3], name="x")
y = v1.placeholder(tf.int32, [None], name="y")
with v1.variable_scope("Embedding"):
    emb_w = v1.get_variable("W", [500, 32])
with v1.variable_scope("FullyConnected"):
    fc_w = v1.get_variable("W", [32, 12])
logits = tf.matmul(tf.reduce_mean(tf.nn.embedding_lookup(emb_w, x), axis=1), fc_w)
loss = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
sess = v1.Session()
sess.run(v1.global_variables_initializer())
# %%
train_op = v1.train.AdamOptimizer(learning_rate=0.001).minimize(loss)
# %%
for epoch in range(3):
    _, cur = sess.run([train_op, loss], feed_dict={x: tokens, y: labels})
    print(epoch, cur)
