# source: https://github.com/jibynd/Neural-Texture-Transfer/issues/1
# family: other
# raises: RuntimeError
# cause: 1:2, 2:5
# raise: 2:5
# culprit: placeholder | disable_eager_execution
# expect: The notebook ports TF1 graph code (placeholders, Session) to TF 2, where eager execution is on by default, so tf.compat.v1.placeholder raises "tf.placeholder() is not compatible with eager execution". Call tf.compat.v1.disable_eager_execution() right after importing TensorFlow (or rewrite without placeholders).
# %%
import numpy as np
import tensorflow as tf
STYLE_SIZE = 32
rng_seed = 0
style = np.random.default_rng(0).random((1, STYLE_SIZE, STYLE_SIZE, 3)).astype("float32")
# %%
def gram(features):
    flat = tf.reshape(features, [-1, features.shape[-1]])
    return tf.matmul(flat, flat, transpose_a=True)

content_in = tf.compat.v1.placeholder(tf.float32, [1, STYLE_SIZE, STYLE_SIZE, 3], name="content")
texture_loss = tf.reduce_mean(tf.square(gram(content_in) - gram(tf.constant(style))))
