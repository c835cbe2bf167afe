# source: https://github.com/lc222/HAN-text-classification-tf/issues/2
# family: feed_mismatch
# raises: ValueError
# cause: 2:4
# raise: 4:6
# culprit: n_batches | input_x
# expect: 48 reviews with batch_size 16 give 3 full batches, but n_batches adds one more, so the last slice reviews[48:64] is empty and np.array of an empty list has shape (0,), which cannot be fed to placeholder/input_x of shape (?, ?, ?); compute the number of batches with ceil division (or stop when the slice is empty)
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
rng = np.random.default_rng(3)
# %%
reviews = [rng.integers(1, 200, size=(6, 12)) for _ in range(48)]
stars = [int(r.sum() % 5) for r in reviews]
batch_size = 16
n_batches = len(reviews) // batch_size + 1
# %%
with tf.name_scope("placeholder"):
    input_x = v1.placeholder(tf.int32, [None, None, None], name="input_x")
    input_y = v1.placeholder(tf.int32, [None], name="input_y")
embed = v1.get_variable("embed", [200, 8])
word_vecs = tf.nn.embedding_lookup(embed, input_x)
doc_vec = tf.reduce_mean(tf.reduce_mean(word_vecs, axis=2), axis=1)
w_out = v1.get_variable("w_out", [8, 5])
logits = tf.matmul(doc_vec, w_out)
loss = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=input_y, logits=logits))
train_op = v1.train.AdamOptimizer(0.01).minimize(loss)
# %%
sess = v1.Session()
sess.run(v1.global_variables_initializer())
for step in range(n_batches):
    x_batch = np.array(reviews[step * batch_size:(step + 1) * batch_size])
    y_batch = np.array(stars[step * batch_size:(step + 1) * batch_size])
    _, cur = sess.run([train_op, loss], feed_dict={input_x: x_batch, input_y: y_batch})
    print(step, cur)
