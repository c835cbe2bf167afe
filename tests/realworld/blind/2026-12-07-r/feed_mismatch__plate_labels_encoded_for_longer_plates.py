# source: https://github.com/matthewearl/deep-anpr/issues/73
# family: feed_mismatch
# raises: ValueError
# cause: 3:6, 1:6
# raise: 4:3
# culprit: code_vec | plate_target
# expect: plate_target was built for PLATE_LEN = 7 characters (1 + 7*36 = 253 columns), but the generated plates have 8 characters and code_vec sizes each label as 1 + len(code)*36 = 289, so the (50, 289) label batch does not fit the (?, 253) placeholder. Generate plates with PLATE_LEN characters (or raise PLATE_LEN to 8 and rebuild the graph) so label width and placeholder agree.
# %%
import string
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
CHARS = string.digits + string.ascii_uppercase
PLATE_LEN = 7
# %%
graph = tf.Graph()
with graph.as_default():
    plate_img = tf1.placeholder(tf.float32, [None, 64, 128], name="plate_img")
    plate_target = tf1.placeholder(tf.float32, [None, 1 + PLATE_LEN * len(CHARS)], name="plate_target")
    flat = tf.reshape(plate_img, [-1, 64 * 128])
    head_w = tf1.get_variable("head_w", [64 * 128, 1 + PLATE_LEN * len(CHARS)])
    head = tf.matmul(flat, head_w)
    presence_loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(
        labels=plate_target[:, :1], logits=head[:, :1]))
    init = tf1.global_variables_initializer()
# %%
rng = np.random.default_rng(21)
def code_vec(present, code):
    chars = np.zeros((len(code), len(CHARS)), np.float32)
    chars[np.arange(len(code)), [CHARS.index(c) for c in code]] = 1.0
    return np.concatenate([[1.0 if present else 0.0], chars.ravel()])
plates = ["".join(rng.choice(list(CHARS), size=8)) for _ in range(50)]
label_batch = np.stack([code_vec(True, p) for p in plates])
img_batch = rng.random((50, 64, 128)).astype(np.float32)
# %%
with tf1.Session(graph=graph) as sess:
    sess.run(init)
    print(sess.run(presence_loss, feed_dict={plate_img: img_batch, plate_target: label_batch}))
