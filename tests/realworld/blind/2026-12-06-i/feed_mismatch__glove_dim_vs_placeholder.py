# source: https://github.com/Steven-Hewitt/QA-with-Tensorflow/issues/9
# family: feed_mismatch
# raises: ValueError
# cause: 1:4
# raise: 3:4
# culprit: context | EMB_DIM | 50
# expect: The context placeholder is built from hparams["EMB_DIM"] = 50, but the GloVe vectors actually loaded are 300-dimensional, so the (batch, length, 300) batch cannot be fed. Set EMB_DIM from the loaded vectors (300).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
hparams = {"EMB_DIM": 50, "HIDDEN": 32, "BATCH": 8}
rng = np.random.default_rng(1)
glove = {w: rng.normal(size=300).astype("float32") for w in ["the", "cat", "sat", "on", "mat", "what"]}
def embed_batch(sentences, max_len=12):
    out = np.zeros((len(sentences), max_len, 300), dtype="float32")
    for i, s in enumerate(sentences):
        for j, w in enumerate(s.split()[:max_len]):
            out[i, j] = glove.get(w, 0.0)
    return out
# %%
context = tf.compat.v1.placeholder(tf.float32, [None, None, hparams["EMB_DIM"]], name="context")
w_ctx = tf.compat.v1.get_variable("w_ctx", [hparams["EMB_DIM"], hparams["HIDDEN"]])
ctx_repr = tf.reduce_max(tf.tensordot(context, w_ctx, axes=1), axis=1)
# %%
batch = embed_batch(["the cat sat on the mat"] * hparams["BATCH"])
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    reps = sess.run(ctx_repr, feed_dict={context: batch})
