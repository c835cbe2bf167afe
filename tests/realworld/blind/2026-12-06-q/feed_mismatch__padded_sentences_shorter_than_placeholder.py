# source: https://github.com/monikkinom/ner-lstm/issues/13
# family: feed_mismatch
# raises: ValueError
# cause: 2:1, 1:13
# raise: 3:6
# culprit: word_feats | MAX_SENT_LEN
# expect: The tagger's word_feats placeholder is sized from the default MAX_SENT_LEN=40 and WORD_DIM=12, but the corpus was padded to its own longest sentence (6 tokens) with 12 + 3 features per token, so the feed is (3, 6, 15) against (?, 40, 12). Build the placeholder from the padded data's shape (or pad the data to the configured length and width).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(31)
sentences = [["the", "bank", "of", "paris"], ["alice", "visited", "the", "old", "city", "hall"], ["bob", "slept"]]
word_vectors = {w: rng.normal(size=12).astype(np.float32) for s in sentences for w in s}

def token_features(word):
    shape_feats = np.array([word.istitle(), word.isupper(), len(word) > 4], dtype=np.float32)
    return np.concatenate([word_vectors[word], shape_feats])

max_len = max(len(s) for s in sentences)
padded = np.zeros((len(sentences), max_len, 15), dtype=np.float32)
for i, s in enumerate(sentences):
    padded[i, :len(s)] = [token_features(w) for w in s]
# %%
MAX_SENT_LEN, WORD_DIM, N_TAGS = 40, 12, 5
word_feats = tf.compat.v1.placeholder(tf.float32, [None, MAX_SENT_LEN, WORD_DIM], name="word_feats")
proj = tf.compat.v1.get_variable("proj", [WORD_DIM, N_TAGS])
tag_scores = tf.einsum("btd,dk->btk", word_feats, proj)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    scores = None
    for epoch in range(2):
        batch = padded
        scores = sess.run(tag_scores, {word_feats: batch})
