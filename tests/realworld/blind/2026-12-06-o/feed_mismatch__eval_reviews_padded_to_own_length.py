# source: https://github.com/dennybritz/cnn-text-classification-tf/issues/24
# family: feed_mismatch
# raises: ValueError
# cause: 1:19, 1:14
# raise: 3:1
# culprit: x_test | tokens_in
# expect: encode_and_pad pads every call to the longest sentence of that call, so the test reviews are padded to 3 tokens while tokens_in was declared with the training width (7); pad the test set to SEQ_LEN (pass the training length to encode_and_pad) before feeding it.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

train_reviews = ["great plot and acting", "boring", "loved every minute of it truly", "not worth the ticket price at all"]
test_reviews = ["awful", "a fun ride", "great"]

def build_vocab(texts):
    words = sorted({w for t in texts for w in t.split()})
    return {w: i + 1 for i, w in enumerate(words)}

def encode_and_pad(texts, vocab):
    seqs = [[vocab.get(w, 0) for w in t.split()] for t in texts]
    width = max(len(s) for s in seqs)
    return np.array([s + [0] * (width - len(s)) for s in seqs], dtype=np.int32)

vocab = build_vocab(train_reviews)
x_train = encode_and_pad(train_reviews, vocab)
x_test = encode_and_pad(test_reviews, vocab)
# %%
SEQ_LEN = x_train.shape[1]
tokens_in = tf.compat.v1.placeholder(tf.int32, [None, SEQ_LEN], name="tokens_in")
emb = tf.compat.v1.get_variable("emb", [len(vocab) + 1, 6])
conv_w = tf.compat.v1.get_variable("conv_w", [2, 6, 4])
feat = tf.reduce_max(tf.nn.conv1d(tf.nn.embedding_lookup(emb, tokens_in), conv_w, 1, "VALID"), axis=1)
out_w = tf.compat.v1.get_variable("out_w", [4, 2])
probs = tf.nn.softmax(tf.matmul(feat, out_w))
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print("train probs", sess.run(probs, feed_dict={tokens_in: x_train}).shape)
# %%
test_probs = sess.run(probs, feed_dict={tokens_in: x_test})
print(test_probs.argmax(axis=1))
