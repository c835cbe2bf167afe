# source: https://github.com/tensorflow/tensorflow/issues/7420
# family: other
# raises: InvalidArgumentError
# cause: 1:5
# raise: 2:4
# culprit: margin
# expect: margin was created from the Python int 2, so it is an int32 tensor, and multiplying it by the float32 similarity scores fails (Mul expects both inputs of one dtype). Create margin as a float (tf.constant(2.0)) or cast it to float32.
# %%
import numpy as np
import tensorflow as tf
vocab, dim = 40, 8
emb = tf.Variable(tf.random.normal([vocab, dim]))
margin = tf.constant(2)
# %%
centers = tf.constant([3, 7, 11])
contexts = tf.constant([4, 6, 12])
sim = tf.reduce_sum(tf.gather(emb, centers) * tf.gather(emb, contexts), axis=1)
scaled = margin * sim
