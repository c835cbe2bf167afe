# source: https://github.com/tensorflow/tensorflow/issues/8379
# family: other
# raises: RuntimeError
# cause: 2:1
# raise: 3:2
# culprit: sess | closed
# expect: sess was opened by the `with tf.compat.v1.Session() as sess:` block in cell 2, which closed it when the block ended; cell 3 reuses the closed session. Keep working inside the block, or create the session without `with` (and close it yourself).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

features = tf.compat.v1.placeholder(tf.float32, [None, 3])
genre_w = tf.Variable(tf.random.normal([3, 2]), name="genre_w")
genre = tf.argmax(tf.matmul(features, genre_w), axis=1)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(genre, {features: np.ones((2, 3), "float32")}))
# %%
unlabeled = np.random.rand(5, 3).astype("float32")
predicted = sess.run(genre, {features: unlabeled})
