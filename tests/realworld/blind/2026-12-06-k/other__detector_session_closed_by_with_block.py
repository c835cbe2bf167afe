# source: https://github.com/yeephycho/tensorflow-face-detection/issues/27
# family: other
# raises: RuntimeError
# cause: 2:12
# raise: 3:2
# culprit: self.sess | sess | FaceScorer
# expect: FaceScorer.__init__ opens its session in a `with tf.Session(...) as sess:` block and keeps self.sess = sess; the block closes the session when __init__ returns, so every later run() uses a closed session ("Attempted to use a closed Session"). Create the session without the with-block (self.sess = tf.compat.v1.Session(graph=self.graph)) and close it explicitly when done.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

rng = np.random.default_rng(5)
frames = rng.random((4, 32, 32, 3)).astype("float32")
# %%
class FaceScorer:
    def __init__(self, side=32):
        self.graph = tf1.Graph()
        with self.graph.as_default():
            self.images = tf1.placeholder(tf.float32, [None, side, side, 3], name="image_tensor")
            flat = tf.reshape(self.images, [-1, side * side * 3])
            w = tf1.get_variable("score_w", [side * side * 3, 1],
                                 initializer=tf1.glorot_uniform_initializer())
            b = tf1.get_variable("score_b", [1], initializer=tf1.zeros_initializer())
            self.scores = tf.sigmoid(tf.matmul(flat, w) + b, name="scores")
            init = tf1.global_variables_initializer()
        with tf1.Session(graph=self.graph) as sess:
            sess.run(init)
            self.sess = sess

    def run(self, batch):
        return self.sess.run(self.scores, feed_dict={self.images: batch})

scorer = FaceScorer()
# %%
for frame in frames:
    score = scorer.run(frame[None])
    print("face score: %.3f" % score[0, 0])
