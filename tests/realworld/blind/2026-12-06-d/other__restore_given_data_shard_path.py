# source: https://github.com/rockingdingo/deepnlp/issues/22
# family: other
# raises: DataLossError
# cause: 3:1
# raise: 3:6
# culprit: ckpt_path | ner.ckpt.data-00000-of-00001
# expect: Saver.restore needs the checkpoint prefix ("/tmp/ner_b4/ner.ckpt"), but the path points at the data shard file "ner.ckpt.data-00000-of-00001", so TensorFlow tries to read the shard as a checkpoint index and fails with DataLossError. Pass the prefix (or tf.train.latest_checkpoint(dir)).
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def build_tagger(vocab=200, dim=16, n_tags=9):
    words = tf.compat.v1.placeholder(tf.int32, [None, None], name="words")
    with tf.compat.v1.variable_scope("ner_var_scope"):
        emb = tf.compat.v1.get_variable("embedding", [vocab, dim])
        proj = tf.compat.v1.get_variable("proj", [dim, n_tags])
    logits = tf.einsum("btd,dk->btk", tf.nn.embedding_lookup(emb, words), proj)
    return words, logits
# %%
words, logits = build_tagger()
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(s, "/tmp/ner_b4/ner.ckpt")
print(sorted(os.listdir("/tmp/ner_b4")))
# %%
ckpt_path = os.path.join("/tmp/ner_b4", "ner.ckpt.data-00000-of-00001")
tf.compat.v1.reset_default_graph()
words, logits = build_tagger()
saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
saver.restore(sess, ckpt_path)
