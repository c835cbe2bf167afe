# source: https://github.com/davidsandberg/facenet/issues/816
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:12
# raise: 4:3
# culprit: ExponentialMovingAverage
# expect: The Saver was built from trainable_variables() only, so the moving-average shadow variables of the normalisation (non-trainable) are neither saved nor restored; the fresh inference session restores proj_w but the .../ExponentialMovingAverage variables stay uninitialized when normed reads them. Build the Saver over all global variables (or add the moving averages to its var_list).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
CKPT = "/tmp/b17_ema_ckpt/model"
rng = np.random.default_rng(11)
batch = rng.normal(size=(16, 5)).astype(np.float32)
# %%
def build(x):
    w = tf.compat.v1.get_variable("proj_w", [5, 3])
    h = tf.matmul(x, w)
    mean, var = tf.nn.moments(h, axes=[0])
    ema = tf.compat.v1.train.ExponentialMovingAverage(0.9)
    update = ema.apply([mean, var])
    normed = (h - ema.average(mean)) / tf.sqrt(ema.average(var) + 1e-3)
    return normed, update

features = tf.compat.v1.placeholder(tf.float32, [None, 5], name="features")
normed, update_stats = build(features)
saver = tf.compat.v1.train.Saver(tf.compat.v1.trainable_variables())
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    sess.run(update_stats, {features: batch})
    saver.save(sess, CKPT)
# %%
infer_sess = tf.compat.v1.Session()
saver.restore(infer_sess, CKPT)
embedded = infer_sess.run(normed, {features: batch[:4]})
