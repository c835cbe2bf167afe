# source: https://github.com/lucasjinreal/tensorflow_poems/issues/29
# family: variable_already_exists
# raises: ValueError
# cause: 2:3, 1:11
# raise: 3:1
# culprit: embedding
# expect: compose() builds the whole model (get_variable("embedding")) into the same default graph every time it is called; the first poem works, the second call fails because embedding already exists. Build the model once outside compose (or reset the graph / use reuse=tf.compat.v1.AUTO_REUSE).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

vocab = list("春眠不觉晓处闻啼鸟夜来风雨声花落知多少")
char_to_id = {c: i for i, c in enumerate(vocab)}
params = {"vocab_size": len(vocab), "embed_dim": 8, "hidden": 16}

def build_char_model(ids):
    with tf.compat.v1.variable_scope("lm"):
        embedding = tf.compat.v1.get_variable("embedding", [params["vocab_size"], params["embed_dim"]])
        vecs = tf.nn.embedding_lookup(embedding, ids)
        out_w = tf.compat.v1.get_variable("out_w", [params["embed_dim"], params["vocab_size"]])
        return tf.matmul(tf.reduce_mean(vecs, axis=1), out_w)
# %%
def compose(first_char, length=5):
    ids_in = tf.compat.v1.placeholder(tf.int32, [1, None])
    logits = build_char_model(ids_in)
    poem = [char_to_id[first_char]]
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        for _ in range(length - 1):
            nxt = sess.run(logits, {ids_in: [poem]}).argmax()
            poem.append(int(nxt))
    return "".join(vocab[i] for i in poem)

print(compose("春"))
# %%
print(compose("花"))
