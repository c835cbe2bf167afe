# source: https://github.com/jungokasai/graph_parser/issues/1
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 2:1
# raise: 2:8
# culprit: word_emb | vocab | build_vocab
# expect: At test time the vocabulary is rebuilt from the test sentences plus the training ones, so the word embedding has more rows than the checkpointed [len(train_vocab), 16] matrix and the restore's Assign fails on shapes. Reuse the training vocabulary (saved with the model) when rebuilding the graph for testing.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

train_sents = ["the cat sat", "a dog ran", "the dog sat down"]
test_sents = ["a bird flew over the house", "the cat ran"]

def build_vocab(sentences):
    words = sorted({w for s in sentences for w in s.split()})
    return {w: i + 1 for i, w in enumerate(words)}

def build_parser(vocab_size):
    ids = tf.compat.v1.placeholder(tf.int32, [None, None], name="ids")
    emb = tf.compat.v1.get_variable("word_emb", [vocab_size, 16])
    arc_w = tf.compat.v1.get_variable("arc_w", [16, 16])
    h = tf.nn.embedding_lookup(emb, ids)
    return ids, tf.einsum("bld,de,bme->blm", h, arc_w, h)

model_dir = tempfile.mkdtemp()
train_vocab = build_vocab(train_sents)
build_parser(len(train_vocab) + 1)
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver(max_to_keep=1).save(s, os.path.join(model_dir, "parser"))
# %%
vocab = build_vocab(train_sents + test_sents)
tf.compat.v1.reset_default_graph()
ids_ph, arc_scores = build_parser(len(vocab) + 1)
saver = tf.compat.v1.train.Saver(max_to_keep=1)
test_ids = [[vocab[w] for w in s.split()][:3] for s in test_sents]
with tf.compat.v1.Session() as sess:
    ckpt = tf.train.latest_checkpoint(model_dir)
    saver.restore(sess, ckpt)
    print(sess.run(arc_scores, {ids_ph: test_ids}).shape)
