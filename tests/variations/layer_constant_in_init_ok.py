# family: none
# raises: NONE
# culprit: -
import numpy as np
import tensorflow as tf

class PositionalEmbedding(tf.keras.layers.Layer):
    def __init__(self, vocab, depth):
        super().__init__()
        self.embedding = tf.keras.layers.Embedding(vocab, depth)
        self.encoding = tf.constant(np.ones((16, depth)), dtype=tf.float32)

    def call(self, x):
        return self.embedding(x) + self.encoding[tf.newaxis, : tf.shape(x)[1], :]

layer = PositionalEmbedding(50, 8)
out = layer(tf.zeros([2, 10], tf.int32))
print(out.shape)
