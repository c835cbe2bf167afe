# source: https://github.com/gaussic/text-classification-cnn-rnn/issues/144
# family: none
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: embedding
# expect: Nothing is wrong: the model cell is run a second time, but it starts with tf.compat.v1.reset_default_graph(), so get_variable("embedding") is created in a fresh graph and no "already exists" error occurs. No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
VOCAB, SEQ, EMB = 500, 20, 32
rng = np.random.default_rng(60)
news_ids = rng.integers(0, VOCAB, (64, SEQ)).astype("int32")
news_cat = rng.integers(0, 4, 64).astype("int64")

def build_textcnn():
    x = tf.compat.v1.placeholder(tf.int32, [None, SEQ], name="input_x")
    y = tf.compat.v1.placeholder(tf.int64, [None], name="input_y")
    emb = tf.compat.v1.get_variable("embedding", [VOCAB, EMB])
    h = tf.reduce_max(tf.nn.embedding_lookup(emb, x), axis=1)
    w = tf.compat.v1.get_variable("fc_w", [EMB, 4])
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=tf.matmul(h, w)))
    return x, y, loss
# %%
tf.compat.v1.reset_default_graph()
x, y, loss = build_textcnn()
print([v.name for v in tf.compat.v1.global_variables()])
# %%
tf.compat.v1.reset_default_graph()
x, y, loss = build_textcnn()
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(2):
        _, l = sess.run([train_op, loss], feed_dict={x: news_ids, y: news_cat})
