# source: https://geek-questions.imtqy.com/articles/1238107/index.html
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: feeding the variable x in the same run as x.assign(a + b) looks like it should clash, but on this TensorFlow (resource variables) the feed of x is simply unused by the assign and the run returns 3.0; nothing to report.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
a = tf.compat.v1.placeholder(tf.float32, name="a")
b = tf.compat.v1.placeholder(tf.float32, name="b")
x = tf.compat.v1.Variable(0.0, name="x")
calculate = x.assign(a + b)
# %%
with tf.compat.v1.Session() as s:
    val = s.run([calculate], {a: 1.0, b: 2.0, x: 0.0})
print(val)
