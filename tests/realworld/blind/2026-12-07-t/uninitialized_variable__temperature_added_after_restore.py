# source: https://github.com/tensorflow/tensorflow/issues/12390
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 4:1
# raise: 4:3
# culprit: temperature
# expect: the temperature variable is created after the checkpoint was restored and nothing initializes it (the restore only covers the saved weights); run temperature.initializer in sess (not global_variables_initializer, which would overwrite the restored weights) or make it a constant
# %%
import tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 8], name="x_in")
dense_w = tf.compat.v1.get_variable("dense_w", [8, 3])
dense_b = tf.compat.v1.get_variable("dense_b", [3], initializer=tf.compat.v1.zeros_initializer())
logits = tf.matmul(x_in, dense_w) + dense_b
saver = tf.compat.v1.train.Saver()
with tf.compat.v1.Session() as s:
    s.run(tf.compat.v1.global_variables_initializer())
    path = saver.save(s, tempfile.mkdtemp() + "/clf.ckpt")
# %%
sess = tf.compat.v1.Session()
saver.restore(sess, path)
batch = np.random.rand(6, 8).astype("float32")
# %%
temperature = tf.compat.v1.Variable(1.5, name="temperature")
calibrated = tf.nn.softmax(logits / temperature)
probs = sess.run(calibrated, feed_dict={x_in: batch})
