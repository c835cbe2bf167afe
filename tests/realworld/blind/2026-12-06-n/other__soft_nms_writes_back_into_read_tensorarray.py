# source: https://github.com/tensorflow/tensorflow/issues/17127
# family: other
# raises: InvalidArgumentError
# cause: 2:9
# raise: 3:4
# culprit: scores_ta | TensorArray | TensorArrayWriteV3
# expect: In TF1 graph mode (TensorArrayV3) an index of a TensorArray cannot be written after it has been read; decay_scores reads scores_ta at i and then writes the decayed score back into the same TensorArray and index, so running the graph fails with "Could not write to TensorArray index 0 because it has already been read". Write the decayed scores into a separate output TensorArray (or work on a plain tensor).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_v2_behavior()

rng = np.random.RandomState(17)
detector_scores = rng.rand(6).astype("float32")
overlap_with_best = rng.rand(6).astype("float32")
# %%
def decay_scores(scores, ious, sigma=0.5):
    n = tf.shape(scores)[0]
    scores_ta = tf.TensorArray(tf.float32, size=n, clear_after_read=False)
    scores_ta = scores_ta.unstack(scores)

    def body(i, ta):
        s = ta.read(i)
        penalty = tf.exp(-(ious[i] ** 2) / sigma)
        ta = ta.write(i, s * penalty)
        return i + 1, ta

    _, final_ta = tf.compat.v1.while_loop(lambda i, ta: i < n, body, [0, scores_ta])
    return final_ta.stack()

scores_in = tf.compat.v1.placeholder(tf.float32, [None], name="scores_in")
ious_in = tf.compat.v1.placeholder(tf.float32, [None], name="ious_in")
soft_scores = decay_scores(scores_in, ious_in)
# %%
sess = tf.compat.v1.Session()
feed = {scores_in: detector_scores, ious_in: overlap_with_best}
print("raw", detector_scores.round(3))
decayed = sess.run(soft_scores, feed)
print("decayed", decayed.round(3))
