# source: https://github.com/tensorflow/tensorflow/issues/1317
# family: variable_not_found
# raises: ValueError
# cause: 3:3, 2:2
# raise: 3:3
# culprit: cell/w_x | reuse
# expect: The first unrolled step already asks for reuse=True, so get_variable looks for cell/w_x before it was ever created; pass share=(t > 0) (or use reuse=tf.compat.v1.AUTO_REUSE) so step 0 creates the weights.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

STEPS = 5
FEATURES = 3
HIDDEN = 8
seq_in = tf.compat.v1.placeholder(tf.float32, [None, STEPS, FEATURES], name="seq_in")
toy_batch = np.random.RandomState(0).rand(4, STEPS, FEATURES).astype(np.float32)
# %%
def rnn_step(x_t, h_prev, share):
    with tf.compat.v1.variable_scope("cell", reuse=share):
        w_x = tf.compat.v1.get_variable("w_x", [FEATURES, HIDDEN])
        w_h = tf.compat.v1.get_variable("w_h", [HIDDEN, HIDDEN])
        return tf.tanh(tf.matmul(x_t, w_x) + tf.matmul(h_prev, w_h))
# %%
state = tf.zeros([tf.shape(seq_in)[0], HIDDEN])
for t in range(STEPS):
    state = rnn_step(seq_in[:, t, :], state, share=True)
print(state)
