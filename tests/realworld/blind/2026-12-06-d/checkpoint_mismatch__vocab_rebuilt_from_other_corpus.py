# source: https://github.com/adeshpande3/Chatbot-Flask-Server/issues/4
# family: checkpoint_mismatch
# raises: InvalidArgumentError
# cause: 3:1
# raise: 3:9
# culprit: embedding | vocab_size
# expect: The checkpoint was trained with a vocabulary built from the training conversations (one size), but the serving cell rebuilds the vocabulary from the much shorter greeting list, so the embedding variable has a different first dimension and Saver.restore fails with "Assign requires shapes of both tensors to match". Reuse the saved vocabulary (same vocab_size) when rebuilding the graph.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

def build_vocab(lines):
    words = sorted({w for line in lines for w in line.split()})
    return {w: i for i, w in enumerate(words)}

def build_graph(vocab_size, dim=12):
    tok = tf.compat.v1.placeholder(tf.int32, [None, None], name="tokens")
    emb = tf.compat.v1.get_variable("embedding", [vocab_size, dim])
    proj = tf.compat.v1.get_variable("proj", [dim, vocab_size])
    logits = tf.matmul(tf.reduce_mean(tf.nn.embedding_lookup(emb, tok), axis=1), proj)
    return tok, logits
# %%
convs = [f"user says thing {i} and bot replies answer {i % 7}" for i in range(40)]
train_vocab = build_vocab(convs)
tok, logits = build_graph(len(train_vocab))
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    ckpt_path = tf.compat.v1.train.Saver().save(sess, "/tmp/chatbot_b4/model.ckpt")
# %%
serve_vocab = build_vocab(["hello there", "how are you", "good bye friend"])
tf.compat.v1.reset_default_graph()
tok, logits = build_graph(len(serve_vocab))
saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
ids = np.array([[serve_vocab["hello"], serve_vocab["there"]]])
ckpt = tf.train.latest_checkpoint("/tmp/chatbot_b4")
saver.restore(sess, ckpt)
reply_ids = sess.run(logits, {tok: ids}).argmax(axis=1)
