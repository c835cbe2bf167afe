# source: https://github.com/aqibsaeed/Urban-Sound-Classification/issues/5
# family: variable_already_exists
# raises: ValueError
# cause: 4:2, 2:2
# raise: 4:2
# culprit: sound_encoder | encoder
# expect: encoder() creates sound_encoder/w_in with get_variable; calling it a second time for the test placeholder tries to create sound_encoder/w_in again in a scope without reuse; share the weights by opening the scope with reuse=tf.AUTO_REUSE (or reuse=True on the second call), or feed the test data through the same train graph
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
n_mfcc, n_frames, n_classes = 20, 41, 10
# %%
def encoder(frames):
    with v1.variable_scope("sound_encoder"):
        w_in = v1.get_variable("w_in", [n_mfcc, 32])
        hidden = tf.tanh(tf.einsum("btf,fh->bth", frames, w_in))
        pooled = tf.reduce_mean(hidden, axis=1)
        w_out = v1.get_variable("w_out", [32, n_classes])
        b_out = v1.get_variable("b_out", [n_classes], initializer=v1.zeros_initializer())
        return tf.matmul(pooled, w_out) + b_out
# %%
train_x = v1.placeholder(tf.float32, [None, n_frames, n_mfcc], name="train_x")
train_y = v1.placeholder(tf.int32, [None], name="train_y")
train_logits = encoder(train_x)
loss = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=train_y, logits=train_logits))
# %%
test_x = v1.placeholder(tf.float32, [None, n_frames, n_mfcc], name="test_x")
test_logits = encoder(test_x)
test_pred = tf.argmax(test_logits, axis=1)
