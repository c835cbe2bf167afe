# source: https://github.com/saiwaiyanyu/bi-lstm-crf-ner-tf2.0/issues/7
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 2:11
# culprit: transitions | decode
# expect: decode() creates the CRF transition tf.Variable inside the tf.function body, so every trace creates a new variable; tf.function only allows variables created once on the first trace and raises. Create the transitions variable once outside (e.g. in the model's __init__/build) and only read it in decode().
# %%
import numpy as np
import tensorflow as tf

NUM_TAGS = 5
rng = np.random.default_rng(7)
sent_a = tf.constant(rng.normal(size=(1, 6, NUM_TAGS)), tf.float32)
sent_b = tf.constant(rng.normal(size=(1, 9, NUM_TAGS)), tf.float32)
# %%
@tf.function
def decode(potentials):
    transitions = tf.Variable(tf.zeros([NUM_TAGS, NUM_TAGS]), name="transitions")
    def step(prev, cur):
        scores = tf.expand_dims(prev, 2) + transitions
        return tf.reduce_max(scores, axis=1) + cur
    emissions = tf.transpose(potentials, [1, 0, 2])
    last = tf.scan(step, emissions[1:], initializer=emissions[0])
    return tf.argmax(last[-1], axis=-1)

tags_a = decode(sent_a)
print("first sentence", tags_a.numpy())
tags_b = decode(sent_b)
