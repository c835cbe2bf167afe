# source: https://github.com/tensorflow/tensorflow/issues/22346
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The fine-tuning graph has extra variables (Adam slots, beta powers, a global step) that the pretrained checkpoint lacks, but the restoring Saver is given var_list=model_vars, and the remaining variables are initialized with variables_initializer over the rest; restore and the training steps run without error.
# %%
import os
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

PRETRAINED = "/tmp/b8_pretrained_ctrl/encoder"
os.makedirs(os.path.dirname(PRETRAINED), exist_ok=True)
rng = np.random.default_rng(12)
signals = rng.random((30, 10), dtype=np.float32)
targets = rng.random((30, 1), dtype=np.float32)

def regressor(inputs):
    with tf.compat.v1.variable_scope("regressor"):
        w1 = tf.compat.v1.get_variable("w1", [10, 8])
        w2 = tf.compat.v1.get_variable("w2", [8, 1])
        return tf.matmul(tf.nn.tanh(tf.matmul(inputs, w1)), w2)
# %%
g = tf.Graph()
with g.as_default():
    regressor(tf.compat.v1.placeholder(tf.float32, [None, 10]))
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(s, PRETRAINED)
# %%
tf.compat.v1.reset_default_graph()
x = tf.compat.v1.placeholder(tf.float32, [None, 10])
y = tf.compat.v1.placeholder(tf.float32, [None, 1])
pred = regressor(x)
model_vars = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope="regressor")
global_step = tf.compat.v1.train.get_or_create_global_step()
loss = tf.reduce_mean(tf.square(pred - y))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss, global_step=global_step)
restorer = tf.compat.v1.train.Saver(var_list=model_vars)
other_vars = [v for v in tf.compat.v1.global_variables() if v not in model_vars]
# %%
with tf.compat.v1.Session() as sess:
    restorer.restore(sess, PRETRAINED)
    sess.run(tf.compat.v1.variables_initializer(other_vars))
    for _ in range(3):
        _, step_loss = sess.run([train_op, loss], {x: signals, y: targets})
    print(step_loss, sess.run(global_step))
