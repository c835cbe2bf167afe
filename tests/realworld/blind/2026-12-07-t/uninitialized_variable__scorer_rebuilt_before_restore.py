# source: https://github.com/ahmedrashed-ml/CARCA/issues/10
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1
# raise: 3:4
# culprit: score_w_1 | build_scorer
# expect: calling build_scorer again creates a second set of variables (score_w_1, score_b_1) that the saver built earlier does not cover, so restore leaves them uninitialized; reuse the already-built `scores` tensor (or reset the graph and rebuild once before creating the Saver) instead of rebuilding the model
# %%
import tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
def build_scorer(x):
    w = tf.compat.v1.Variable(tf.random.normal([4, 1]), name="score_w")
    b = tf.compat.v1.Variable(tf.zeros([1]), name="score_b")
    return tf.matmul(x, w) + b

feats = tf.compat.v1.placeholder(tf.float32, [None, 4], name="feats")
scores = build_scorer(feats)
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as train_sess:
    train_sess.run(tf.compat.v1.global_variables_initializer())
    ckpt = saver.save(train_sess, tempfile.mkdtemp() + "/scorer.ckpt")
# %%
test_scores = build_scorer(feats)
sess = tf.compat.v1.Session()
saver.restore(sess, ckpt)
print(sess.run(test_scores, feed_dict={feats: np.random.rand(5, 4)}))
