# source: https://github.com/sjchoi86/Tensorflow-101/issues/18
# family: other
# raises: TypeError
# cause: 1:9
# raise: 2:3
# culprit: word_ids | int32
# expect: word_ids is declared as a tf.int32 placeholder, and tf.matmul with the float32 projection fails at graph construction ("Input 'b' of 'MatMul' Op has type float32 that does not match type int32 of argument 'a'"); look the ids up with tf.nn.embedding_lookup, or declare/cast the input as float32 if it is really a count vector.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VOCAB = 50
EMBED = 8
rng = np.random.RandomState(73)
bag_of_words = rng.randint(0, 3, size=(20, VOCAB)).astype(np.int32)
word_ids = tf.compat.v1.placeholder(tf.int32, [None, VOCAB], name="word_ids")
# %%
projection = tf.Variable(tf.random.normal([VOCAB, EMBED], stddev=0.1), name="projection")
topic_w = tf.Variable(tf.random.normal([EMBED, 3], stddev=0.1), name="topic_w")
doc_vec = tf.matmul(word_ids, projection)
topic_logits = tf.matmul(tf.nn.relu(doc_vec), topic_w)
