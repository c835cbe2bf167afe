# source: https://github.com/ageron/handson-ml/issues/283
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Only a subset is initialized (variables_initializer on the new head), which looks like a partial initialization, but the rest comes from restoring the pretrained body; every variable has a value. Nothing is wrong.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
ckpt = os.path.join(tempfile.mkdtemp(), "body")
digits = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("body"):
    body_w = tf.compat.v1.get_variable("w", [10, 6])
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver([body_w]).save(s, ckpt)
# %%
with tf.compat.v1.variable_scope("head_5_to_9"):
    head_w = tf.compat.v1.get_variable("w", [6, 5])
logits = tf.matmul(tf.nn.relu(tf.matmul(digits, body_w)), head_w)
sess = tf.compat.v1.Session()
tf.compat.v1.train.Saver([body_w]).restore(sess, ckpt)
sess.run(tf.compat.v1.variables_initializer([head_w]))
print(sess.run(logits, {digits: np.ones((1, 10))}).shape)
