# source: https://github.com/tensorflow/tensorflow/issues/2051
# family: feed_mismatch
# raises: ValueError
# cause: 1:5
# raise: 2:6
# culprit: token_ids
# expect: Each review becomes a token list of its own length, so the batch is ragged and cannot become the [None, None] int32 array the token_ids placeholder needs ("setting an array element with a sequence"); pad the sequences to a common length first.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
reviews = ["great film", "not good at all", "fine"]
vocab = {w: i + 1 for i, w in enumerate(sorted({w for r in reviews for w in r.split()}))}
encoded = [[vocab[w] for w in r.split()] for r in reviews]
# %%
token_ids = tf.compat.v1.placeholder(tf.int32, [None, None], name="token_ids")
embedding = tf.Variable(tf.random.normal([len(vocab) + 1, 8]), name="embedding")
sentence_vecs = tf.reduce_mean(tf.nn.embedding_lookup(embedding, token_ids), axis=1)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    vectors = sess.run(sentence_vecs, {token_ids: encoded})
