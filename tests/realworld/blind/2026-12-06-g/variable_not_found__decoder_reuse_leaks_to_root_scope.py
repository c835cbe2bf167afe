# source: https://github.com/ufal/neuralmonkey/issues/169
# family: variable_not_found
# raises: ValueError
# cause: 1:17
# raise: 2:2
# culprit: reuse_variables | class_weights | decoder
# expect: The decoder calls tf.compat.v1.get_variable_scope().reuse_variables() on the root variable scope to share its step weights, which leaves every later get_variable in reuse mode; the loss part then asks for the new variable loss/class_weights, which does not exist. Open a dedicated variable_scope for the decoder (with reuse=tf.compat.v1.AUTO_REUSE) instead of flipping the root scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VOCAB, HID, STEPS = 20, 16, 4
enc_state = tf.compat.v1.placeholder(tf.float32, [None, HID], name="enc_state")
targets = tf.compat.v1.placeholder(tf.int32, [None, STEPS], name="targets")

def decoder(state, steps):
    logits = []
    for t in range(steps):
        w_out = tf.compat.v1.get_variable("dec_w_out", [HID, VOCAB])
        w_rec = tf.compat.v1.get_variable("dec_w_rec", [HID, HID])
        logits.append(tf.matmul(state, w_out))
        state = tf.tanh(tf.matmul(state, w_rec))
        # share the step weights across time steps
        tf.compat.v1.get_variable_scope().reuse_variables()
    return tf.stack(logits, axis=1)

step_logits = decoder(enc_state, STEPS)
# %%
with tf.compat.v1.variable_scope("loss"):
    class_weights = tf.compat.v1.get_variable(
        "class_weights", [VOCAB], initializer=tf.compat.v1.ones_initializer())
    xent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=targets, logits=step_logits)
    loss = tf.reduce_mean(xent * tf.gather(class_weights, targets))
