# source: https://github.com/neuroailab/tfutils/issues/140
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The streaming mean metric creates local variables after the global initializer cell, which looks like an uninitialized-variable bug, but the evaluation cell runs local_variables_initializer() before updating, so everything is initialized; no error and no warning.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(21)
errors = rng.random(30).astype("float32")
err_in = tf.compat.v1.placeholder(tf.float32, [None], name="err_in")
scale = tf.compat.v1.get_variable("scale", [], initializer=tf.compat.v1.ones_initializer())
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
mean_err, mean_update = tf.compat.v1.metrics.mean(err_in * scale, name="eval_mean")
# %%
sess.run(tf.compat.v1.local_variables_initializer())
for i in range(0, 30, 10):
    sess.run(mean_update, feed_dict={err_in: errors[i:i + 10]})
print("mean error", sess.run(mean_err))
