# source: https://github.com/tensorflow/tensorflow/issues/11597
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 1:22, 2:8
# raise: 2:11
# culprit: ExponentialMovingAverage | slope/ExponentialMovingAverage
# expect: The training saver was built with var_list=trainable_variables(), so the checkpoint holds slope and offset but not their ExponentialMovingAverage shadows; the evaluation saver built from ema.variables_to_restore() asks for "slope/ExponentialMovingAverage", which is not in the checkpoint. Save with tf.compat.v1.train.Saver() (all global variables, shadows included) or restore the raw variables.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(11)
xs = rng.random(100).astype(np.float32)
ys = xs * 0.1 + 0.3
CKPT_DIR = "/tmp/b12_ema_regression"
os.makedirs(CKPT_DIR, exist_ok=True)

slope = tf.Variable(tf.random.uniform([1], -1.0, 1.0), name="slope")
offset = tf.Variable(tf.zeros([1]), name="offset")
pred = slope * xs + offset
loss = tf.reduce_mean(tf.square(pred - ys))
opt_op = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(loss)

ema = tf.compat.v1.train.ExponentialMovingAverage(decay=0.99)
with tf.control_dependencies([opt_op]):
    train_op = tf.group(ema.apply(tf.compat.v1.trainable_variables()))

saver = tf.compat.v1.train.Saver(tf.compat.v1.trainable_variables())
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(20):
        sess.run(train_op)
    ckpt_path = saver.save(sess, os.path.join(CKPT_DIR, "reg.ckpt"))
print("saved", ckpt_path)
# %%
tf.compat.v1.reset_default_graph()
slope = tf.Variable(tf.zeros([1]), name="slope")
offset = tf.Variable(tf.zeros([1]), name="offset")
eval_in = tf.compat.v1.placeholder(tf.float32, [None], name="eval_in")
eval_pred = slope * eval_in + offset

eval_ema = tf.compat.v1.train.ExponentialMovingAverage(decay=0.99)
restore_saver = tf.compat.v1.train.Saver(eval_ema.variables_to_restore())

eval_sess = tf.compat.v1.Session()
restore_saver.restore(eval_sess, ckpt_path)
print(eval_sess.run(eval_pred, {eval_in: [0.0, 1.0]}))
