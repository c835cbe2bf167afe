# source: https://github.com/tensorflow/tensorflow/issues/15273
# family: none
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: get_next
# expect: Nothing is wrong: the one-shot iterator needs no initializer, and the single get_next() tensor built once yields a new batch every time sess.run evaluates it (it is not an iterator object to call next() on). No error and no warning.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
rng = np.random.default_rng(9)
readings = rng.normal(size=(20, 4)).astype("float32")
# %%
ds = tf.data.Dataset.from_tensor_slices(readings).batch(5).repeat()
it = tf1.data.make_one_shot_iterator(ds)
next_batch = it.get_next()
batch_means = tf.reduce_mean(next_batch, axis=0)
# %%
sess = tf1.Session()
collected = []
for step in range(6):
    collected.append(sess.run(batch_means))
print(len(collected), "batch means", np.stack(collected).shape)
